/**
 * The dossier de facturation (`travaux/dossier`, facts §4.3–4.4): every piece of one payment request and its
 * actors on one timeline (an ordered list, in deposit order), who holds the dossier now, the start of the
 * délai global de paiement, the MOE's 7 days and the 30 days to disagree with a revised amount (a summary the
 * simulator computes, marked « comportement simulé »: facts §4.3 lists only the pieces). The dossier is
 * the one of `params.dossierId`, or of the piece `params.pieceId`.
 *
 * « Consulter » from the timeline is a portal action (`works.consult`, kept in the user's history): a
 * scenario can check that the learner found the right piece of the dossier.
 */
import { MOE_DELAY_MINUTES, WORKS_STATUS_LABELS } from '../../../domain/simulator/model-works';
import { dossierDeadlines, dossierTimeline, worksContract, type DossierDeadlines } from '../../../domain/simulator/queries-works';
import { cadreText, consultName, formatEuros, formatMoment, fr, Missing, roleWord, SimulatedNote, TravauxTabs } from './ui';
import { Block, Button, Notice, Screen , loggedIn, type LoggedInProps } from '../kit';

/** The dates of the dossier, in words. */
function Deadlines({ d, withMoe }: { d: DossierDeadlines; withMoe: boolean }) {
  const rows: [string, string][] = [
    [
      'Début du délai global de paiement',
      d.dgpStart === null
        ? `pas encore : il part de la mise à disposition de la demande ${withMoe ? 'à la maîtrise d’œuvre' : 'à la maîtrise d’ouvrage'}`
        : formatMoment(d.dgpStart),
    ],
  ];
  if (d.dgpEnd !== null) rows.push(['Fin du délai global de paiement (30 jours)', `${formatMoment(d.dgpEnd)} (il reste ${d.dgpDaysLeft ?? 0} jours)`]);
  if (d.moeDeadline !== null) rows.push([`Délai de la maîtrise d’œuvre (${MOE_DELAY_MINUTES / 1440} jours)`, `${formatMoment(d.moeDeadline)} (il reste ${d.moeDaysLeft ?? 0} jours)`]);
  if (d.disagreementDeadline !== null) rows.push(['Désaccord sur le montant révisé à signaler à la maîtrise d’œuvre avant le', formatMoment(d.disagreementDeadline)]);
  if (d.tacitValidationAt !== null) rows.push(['Validation tacite du projet de décompte du sous-traitant le', formatMoment(d.tacitValidationAt)]);
  return (
    <dl class="cpa-dl">
      {rows.map(([term, value]) => (
        <div class="cpa-info" key={term}>
          <dt>{fr(term)}</dt>
          <dd>{fr(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

export const TravauxDossierScreen = loggedIn(function TravauxDossierScreen(props: LoggedInProps) {
  const works = props.world.works;
  const fromPiece = props.params['pieceId'] ? works?.pieces[props.params['pieceId']]?.dossierId : undefined;
  const dossier = works?.dossiers[props.params['dossierId'] ?? fromPiece ?? ''];
  const deadlines = dossier ? dossierDeadlines(props.world, dossier.id) : null;
  const contract = dossier ? worksContract(props.world, dossier.contractId) : undefined;
  if (!dossier || !deadlines || !contract) return <Missing props={props} text="Ce dossier de facturation est introuvable." />;
  const timeline = dossierTimeline(props.world, dossier.id);
  const consult = (pieceId: string) => {
    if (props.dispatch({ type: 'works.consult', pieceId }).issues.length === 0) props.navigate('travaux/consulter', { pieceId });
  };
  const turn = deadlines.paid
    ? 'La demande est mise en paiement : le dossier est clos.'
    : deadlines.turn
      ? `Le dossier est aujourd’hui chez ${deadlines.turn.name} (${roleWord(deadlines.turn.role)}).`
      : 'Une pièce vient d’être déposée : le portail l’achemine.';
  return (
    <Screen props={props} label={`Dossier de facturation ${dossier.id}`}>
      <TravauxTabs props={props} />
      {props.params['deposited'] && <Notice>{fr(`La pièce n° ${props.params['deposited']} est déposée dans ce dossier.`)}</Notice>}
      <Block title={`Dossier de facturation — marché ${contract.numero}`}>
        <p>{fr(`${contract.objet}. Dossier ouvert le ${formatMoment(dossier.openedAt)}, ${timeline.length} pièce${timeline.length > 1 ? 's' : ''}.`)}</p>
        <p class="cpt-turn">
          <strong>{fr('Qui détient le dossier : ')}</strong>
          {fr(turn)}
        </p>
        <Deadlines d={deadlines} withMoe={contract.moe !== null} />
        <SimulatedNote>Ce résumé (qui détient le dossier, dates et délais) est calculé par le simulateur. Le portail horodate le début du délai de paiement et montre les pièces du dossier ; son écran peut présenter le reste autrement.</SimulatedNote>
      </Block>
      <Block title="Pièces du dossier, dans l’ordre de dépôt">
        <ol class="cpt-timeline">
          {timeline.map((entry) => (
            <li key={entry.pieceId}>
              <h4>{fr(`${entry.number} — ${cadreText(entry.cadre)}`)}</h4>
              <p>
                {fr(`Déposée le ${formatMoment(entry.depositedAt)} par ${entry.depositorName} (${roleWord(entry.depositorRole)}), adressée à ${entry.toName} (${roleWord(entry.to)}) : ${formatEuros(entry.amount.ht)} HT, ${formatEuros(entry.amount.ttc)} TTC.`)}
              </p>
              {entry.revision && <p>{fr(`Montant révisé : ${formatEuros(entry.revision.requestedHt)} HT demandés. Raison donnée : ${entry.comment || '—'}`)}</p>}
              <ul aria-label={fr(`Historique de la pièce ${entry.number}`)}>
                {entry.history.map((change, i) => (
                  <li key={i}>{fr(`${formatMoment(change.at)} : ${WORKS_STATUS_LABELS[change.status]}`)}</li>
                ))}
              </ul>
              <Button variant="link" name={consultName(entry.number)} onClick={() => consult(entry.pieceId)}>Consulter</Button>
            </li>
          ))}
        </ol>
      </Block>
    </Screen>
  );
});
