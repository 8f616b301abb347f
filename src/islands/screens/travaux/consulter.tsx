/**
 * « Consulter » a works piece (`travaux/consulter`): its cadre, amounts, depositor, recipient, status and
 * dates, and the MOE's revision when there is one. From here the user deposits the next piece (« Déposer la
 * pièce de facturation suivante », offered when `nextOptions` finds a cadre for him, facts §4.2) or, as the
 * titulaire, validates his sous-traitant's A10 (`travaux/valider`). A supplier whose amount the MOE revised
 * reads how to disagree: within 30 days, with the MOE, outside the portal (facts §4.5) — there is no contest
 * button in Chorus Pro.
 */
import { useState } from 'preact/hooks';
import type { World } from '../../../domain/simulator/model';
import type { WorksPiece } from '../../../domain/simulator/model-works';
import { canValidateSubcontract, nextOptions, worksContract, worksSirets } from '../../../domain/simulator/queries-works';
import { daysLeft } from '../../../domain/simulator/rules/dates';
import { disagreementDeadline } from '../../../domain/simulator/transitions/works-time';
import { MotifForm } from '../motif-form';
import { actorText, cadreText, formatEuros, formatMoment, fr, Missing, pieceOf, SimulatedNote, statusText, TravauxTabs } from './ui';
import { Block, Button, demoEvent, Screen, useForm , loggedIn, type LoggedInProps } from '../kit';

const REVISION_OUTCOMES = { enAttente: 'désaccord possible', reputeeAcceptee: 'réputé accepté' } as const;

/** The facts of a piece, as a description list. */
export function PieceFacts({ world, piece }: { world: World; piece: WorksPiece }) {
  const contract = worksContract(world, world.works?.dossiers[piece.dossierId]?.contractId ?? '');
  const revision = piece.revision;
  return (
    <dl class="cpa-dl">
      <div class="cpa-info"><dt>Statut</dt><dd><strong>{fr(statusText(piece))}</strong>{fr(` depuis le ${formatMoment(piece.statusSince)}`)}</dd></div>
      <div class="cpa-info"><dt>Cadre de facturation</dt><dd>{fr(cadreText(piece.cadre))}</dd></div>
      <div class="cpa-info"><dt>Marché</dt><dd>{fr(contract ? `${contract.numero} — ${contract.objet}` : '—')}</dd></div>
      <div class="cpa-info"><dt>Déposée par</dt><dd>{fr(actorText(world, piece.depositorSiret, piece.depositorRole))}</dd></div>
      <div class="cpa-info"><dt>Date de dépôt</dt><dd>{formatMoment(piece.depositedAt)}</dd></div>
      <div class="cpa-info"><dt>Adressée à</dt><dd>{fr(actorText(world, piece.toSiret, piece.to))}</dd></div>
      <div class="cpa-info"><dt>Montant HT</dt><dd>{formatEuros(piece.amount.ht)}</dd></div>
      <div class="cpa-info"><dt>TVA</dt><dd>{formatEuros(piece.amount.tva)}</dd></div>
      <div class="cpa-info"><dt>Montant TTC</dt><dd>{formatEuros(piece.amount.ttc)}</dd></div>
      <div class="cpa-info"><dt>Fichier</dt><dd>{piece.file.name}</dd></div>
      <div class="cpa-info"><dt>Commentaire</dt><dd>{fr(piece.comment || '—')}</dd></div>
      {revision && (
        <div class="cpa-info">
          <dt>Révision du montant</dt>
          <dd>
            {fr(
              `montant demandé ${formatEuros(revision.requestedHt)} HT, retenu ${formatEuros(piece.amount.ht)} HT ; notifiée le ${formatMoment(revision.notifiedAt)}, ${REVISION_OUTCOMES[revision.outcome]}` +
                (revision.outcome === 'enAttente' ? ` (il reste ${daysLeft(world, disagreementDeadline(piece) ?? world.now)} jours)` : ''),
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

/** For the supplier whose amount the MOE revised: how to disagree (facts §4.5, seed 003). */
function Disagreement({ piece }: { piece: WorksPiece }) {
  const deadline = disagreementDeadline(piece);
  return (
    <Block title="Vous n’êtes pas d’accord avec ce montant ?">
      <p>
        {fr(
          `La maîtrise d’œuvre a retenu ${formatEuros(piece.amount.ht)} HT au lieu de ${formatEuros(piece.revision?.requestedHt ?? piece.amount.ht)} HT. ` +
            (deadline === null
              ? 'Les 30 jours pour faire connaître votre désaccord sont passés : le montant est réputé accepté.'
              : `Vous avez jusqu’au ${formatMoment(deadline)} (30 jours après la notification) pour faire connaître votre désaccord à la maîtrise d’œuvre, par écrit, en dehors de ce dépôt — ou par une sollicitation au support si l’échange passe par le portail. Passé ce délai, vous êtes réputé l’accepter (CCAG Travaux, article 8.2 selon l’AIFE).`),
        )}
      </p>
    </Block>
  );
}

export const TravauxConsulterScreen = loggedIn(function TravauxConsulterScreen({ user, ...props }: LoggedInProps) {
  const piece = pieceOf(props);
  if (!piece) return <Missing props={props} text="Cette pièce est introuvable." />;
  const options = nextOptions(props.world, user.id, piece.id);
  const validate = canValidateSubcontract(props.world, user.id, piece.id);
  const parent = piece.parentId ? props.world.works?.pieces[piece.parentId] : undefined;
  const revisedForMe = piece.revision !== null && parent !== undefined && worksSirets(props.world, user.id).includes(parent.depositorSiret);
  return (
    <Screen props={props} label={`Consulter la pièce n° ${piece.number}`}>
      <TravauxTabs props={props} />
      <Block title={`Pièce n° ${piece.number}`}>
        <PieceFacts world={props.world} piece={piece} />
      </Block>
      {revisedForMe && <Disagreement piece={piece} />}
      <div class="cpa-actions">
        {validate && (
          <Button variant="primary" to="travaux/valider" params={{ pieceId: piece.id }}>Valider</Button>
        )}
        {options.length > 0 && (
          <Button variant="primary" to="travaux/suivante" params={{ pieceId: piece.id }}>Déposer la pièce de facturation suivante</Button>
        )}
        <Button to="travaux/dossier" params={{ pieceId: piece.id }}>Voir le dossier de facturation</Button>
      </div>
      {options.length === 0 && !validate && <p class="cpa-muted">{fr('Aucune pièce n’est à déposer par vous à partir de celle-ci pour le moment.')}</p>}
    </Screen>
  );
});

/**
 * The titulaire validates his sous-traitant's projet de décompte mensuel (A10): a « Complément d'information »,
 * then « Enregistrer »; the piece then goes on to the maîtrise d'œuvre (facts §5, partly inferred).
 */
export const TravauxValiderScreen = loggedIn(function TravauxValiderScreen(props: LoggedInProps) {
  const form = useForm(props, ['comment']);
  const [comment, setComment] = useState(demoEvent(props.params, 'works.validate')?.comment ?? '');
  const piece = pieceOf(props);
  if (!piece) return <Missing props={props} text="Cette pièce est introuvable." />;
  const send = () => {
    if (form.submit({ type: 'works.validate', pieceId: piece.id, comment })) props.navigate('travaux/consulter', { pieceId: piece.id });
  };
  return (
    <Screen props={props} label="Valider le projet de décompte du sous-traitant">
      <TravauxTabs props={props} />
      <Block title={`Valider le projet de décompte n° ${piece.number}`}>
        <p>{fr(`${cadreText(piece.cadre)}, ${formatEuros(piece.amount.ht)} HT, TVA ${formatEuros(piece.amount.tva)}. Une fois validé, il part vers la maîtrise d’œuvre.`)}</p>
        <MotifForm kind="complement" form={form} label="Valider le projet de décompte" field="comment" value={comment} onInput={setComment} onSubmit={send} back={{ to: 'travaux/consulter', params: { pieceId: piece.id } }} />
        <SimulatedNote>La validation d’un projet de décompte de sous-traitant (A10) reprend ici les étapes documentées pour une facture de sous-traitant (A9) : les sources ne décrivent pas l’écran réel.</SimulatedNote>
      </Block>
    </Screen>
  );
});
