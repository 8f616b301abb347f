/**
 * « Consulter » a works piece (`travaux/consulter`): its cadre, amounts, depositor, recipient, status and
 * dates, and the MOE's revision when there is one. From here the user deposits the next piece (« Déposer la
 * pièce de facturation suivante », offered when `nextOptions` finds a cadre for him, facts §4.2) or, as the
 * supplier whose amount the MOE revised, contests it (`travaux/contester`, facts §4.5).
 */
import { useId, useState } from 'preact/hooks';
import type { World } from '../../../domain/simulator/model';
import type { WorksPiece } from '../../../domain/simulator/model-works';
import { currentUser } from '../../../domain/simulator/queries';
import { nextOptions, worksContract } from '../../../domain/simulator/queries-works';
import { daysLeft } from '../../../domain/simulator/rules/dates';
import { contestDeadline } from '../../../domain/simulator/transitions/works-time';
import { demoEvent } from '../account/form';
import { Block, Button, NeedsLogin, Screen } from '../account/ui';
import { useInvoiceErrors } from '../invoices/ui';
import { MotifForm } from '../motif-form';
import type { ScreenProps } from '../types';
import { actorText, cadreText, formatEuros, formatMoment, fr, Missing, statusText, TravauxTabs, pieceOf } from './ui';

const REVISION_OUTCOMES = { enAttente: 'contestable', contestee: 'contesté', reputeeAcceptee: 'réputé accepté' } as const;

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
                (revision.outcome === 'enAttente' ? ` (il reste ${daysLeft(world, contestDeadline(piece) ?? world.now)} jours)` : '') +
                (revision.motif ? ` — motif : ${revision.motif}` : ''),
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

export function TravauxConsulterScreen(props: ScreenProps) {
  const user = currentUser(props.world);
  if (!user) return <NeedsLogin props={props} />;
  const piece = pieceOf(props);
  if (!piece) return <Missing props={props} text="Cette pièce est introuvable." />;
  const options = nextOptions(props.world, user.id, piece.id);
  const contest = piece.revision ? props.check({ type: 'works.contest', pieceId: piece.id, motif: 'motif' }) : undefined;
  return (
    <Screen props={props} label={`Consulter la pièce n° ${piece.number}`}>
      <TravauxTabs props={props} />
      <Block title={`Pièce n° ${piece.number}`}>
        <PieceFacts world={props.world} piece={piece} />
      </Block>
      <div class="cpa-actions">
        {options.length > 0 && (
          <Button variant="primary" highlight={props.highlight} onClick={() => props.navigate('travaux/suivante', { pieceId: piece.id })}>
            Déposer la pièce de facturation suivante
          </Button>
        )}
        {contest && (
          <Button variant="danger" highlight={props.highlight} verdict={contest} onClick={() => props.navigate('travaux/contester', { pieceId: piece.id })}>
            Contester le montant
          </Button>
        )}
        <Button highlight={props.highlight} onClick={() => props.navigate('travaux/dossier', { pieceId: piece.id })}>
          Voir le dossier de facturation
        </Button>
      </div>
      {options.length === 0 && <p class="cpa-muted">{fr('Aucune pièce n’est à déposer par vous à partir de celle-ci pour le moment.')}</p>}
    </Screen>
  );
}

/** « Contester le montant »: the supplier's motif, sent to the MOE (facts §4.5). */
export function TravauxContesterScreen(props: ScreenProps) {
  const base = useId();
  const idOf = (field: string) => `${base}-${field}`;
  const form = useInvoiceErrors(props, () => ['motif'], idOf);
  const [motif, setMotif] = useState(demoEvent(props.params, 'works.contest')?.motif ?? '');
  const user = currentUser(props.world);
  if (!user) return <NeedsLogin props={props} />;
  const piece = pieceOf(props);
  if (!piece) return <Missing props={props} text="Cette pièce est introuvable." />;
  const send = () => {
    if (form.send({ type: 'works.contest', pieceId: piece.id, motif })) props.navigate('travaux/consulter', { pieceId: piece.id });
  };
  return (
    <Screen props={props} label="Contester le montant révisé">
      <TravauxTabs props={props} />
      <Block title={`Contester le montant de la pièce n° ${piece.number}`}>
        <p>{fr(`La maîtrise d’œuvre a retenu ${formatEuros(piece.amount.ht)} HT au lieu de ${formatEuros(piece.revision?.requestedHt ?? piece.amount.ht)} HT. Dites-lui pourquoi vous n’êtes pas d’accord.`)}</p>
        <MotifForm
          props={props}
          form={form}
          label="Contester le montant"
          field="motif"
          id={idOf('motif')}
          fieldLabel="Motif de la contestation"
          value={motif}
          onInput={setMotif}
          action="Envoyer la contestation"
          onSubmit={send}
          onCancel={() => props.navigate('travaux/consulter', { pieceId: piece.id })}
        />
      </Block>
    </Screen>
  );
}
