/**
 * Read-only views of « Factures à valider » (the valideur's side) and of the validation of an A9 / A12
 * invoice as its supplier follows it in « Factures émises ».
 */
import { TACIT_VALIDATION_MINUTES, type Invoice, type StatusChange, type UserId, type World } from './model';
import { needsValidation, tacitValidationAt } from './transitions/validation';

/** The SIRETs where a user is subscribed to « Factures à valider ». */
function valideurSirets(world: World, userId: UserId): Set<string> {
  return new Set(world.subscriptions.filter((s) => s.userId === userId && s.espace === 'facturesAValider').map((s) => s.siret));
}

/** Invoices a user sees in « Factures à valider »: sent A9 / A12 invoices naming one of his structures as valideur. */
export function invoicesForValideur(world: World, userId: UserId): Invoice[] {
  const sirets = valideurSirets(world, userId);
  return Object.values(world.invoices).filter(
    (invoice) => invoice.status !== 'BROUILLON' && needsValidation(invoice.data.cadre) && sirets.has(invoice.data.valideurSiret),
  );
}

/** The Synthèse of « Factures à valider »: what waits for the valideur, and what it already decided. */
export function validationSynthese(world: World, userId: UserId): { aValider: Invoice[]; traitees: Invoice[] } {
  const invoices = invoicesForValideur(world, userId);
  return {
    aValider: invoices.filter((invoice) => invoice.status === 'A_VALIDER_1'),
    traitees: invoices.filter((invoice) => invoice.status !== 'A_VALIDER_1'),
  };
}

/** Where an A9 / A12 invoice stands in its validation, for both sides' screens; null for other invoices. */
export interface ValidationState {
  valideurSiret: string;
  /** The valideur's name in the directory (its SIRET when unknown). */
  valideurName: string;
  role: 'titulaire' | 'mandataire';
  /** The decision, or `attente` while « À valider ». */
  outcome: 'attente' | 'validee' | 'refusee' | 'tacite';
  /** When the decision was made (or the delay ran out), null while waiting. */
  decidedAt: number | null;
  /** The valideur's « Complément d'information » or motif of refusal. */
  message: string;
  /** While waiting: when the validation becomes tacit, null when the cadre has no such delay (A12). */
  tacitAt: number | null;
}

export function validationState(world: World, invoice: Invoice): ValidationState | null {
  if (!needsValidation(invoice.data.cadre) || invoice.status === 'BROUILLON') return null;
  const decision: StatusChange | undefined = invoice.history.find(
    (change) => change.status === 'VALIDEE_1' || change.status === 'REFUSEE_1' || change.status === 'ABSENCE_VALIDATION_1_HORS_DELAI',
  );
  const outcome = !decision ? 'attente' : decision.status === 'VALIDEE_1' ? 'validee' : decision.status === 'REFUSEE_1' ? 'refusee' : 'tacite';
  return {
    valideurSiret: invoice.data.valideurSiret,
    valideurName: world.companies[invoice.data.valideurSiret]?.raisonSociale ?? invoice.data.valideurSiret,
    role: invoice.data.cadre === 'A12' ? 'mandataire' : 'titulaire',
    outcome,
    decidedAt: decision?.at ?? null,
    message: decision?.reason ?? '',
    tacitAt: tacitValidationAt(invoice),
  };
}

export { TACIT_VALIDATION_MINUTES };
