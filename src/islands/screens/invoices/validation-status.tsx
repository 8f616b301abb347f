/**
 * In « Factures émises », where a subcontractor's (A9) or cotraitant's (A12) invoice stands at its valideur:
 * waiting (with the date of the tacit validation for A9), validated, validated tacitly, or refused with the motif.
 */
import { daysLeft, validationState, type Invoice, type World } from '../../../domain/simulator/core';
import { Block, formatMoment, fr } from '../kit';

const ROLE = { titulaire: 'le titulaire', mandataire: 'le mandataire' } as const;

export function ValidationStatus({ world, invoice }: { world: World; invoice: Invoice }) {
  const state = validationState(world, invoice);
  if (!state) return null;
  const who = `${ROLE[state.role]}, ${state.valideurName} (${state.valideurSiret})`;
  const when = state.decidedAt === null ? '' : formatMoment(state.decidedAt);
  const text =
    state.outcome === 'attente'
      ? `La facture attend la validation de ${who} dans « Factures à valider ». Elle n'est pas encore chez le client public.` +
        (state.tacitAt === null ? '' : ` Sans réponse, elle sera validée tacitement le ${formatMoment(state.tacitAt)} (dans ${daysLeft(world, state.tacitAt)} jours).`)
      : state.outcome === 'validee'
        ? `Validée par ${who} le ${when} ; la facture poursuit sa route vers le client public.`
        : state.outcome === 'tacite'
          ? `Sans réponse de ${who} sous 15 jours, la facture a été validée tacitement le ${when} ; elle poursuit sa route vers le client public.`
          : `Refusée par ${who} le ${when}. La facture ne part pas vers le client public.`;
  return (
    <Block title="Validation par le valideur">
      <p>{fr(text)}</p>
      {state.message && (
        <p>
          {fr(state.outcome === 'refusee' ? 'Motif du refus : ' : 'Complément d’information : ')}
          {fr(state.message)}
        </p>
      )}
    </Block>
  );
}
