/**
 * The starting world of « Factures à valider » scenarios and tests: two companies of the fixtures on one
 * public contract of the Commune de Valmont-sur-Loire.
 * - Menuiserie Durand SARL (siège) is the titulaire (or, for A12, the mandataire of a groupement): Claire
 *   Durand has « Factures émises » and « Factures à valider » opened and subscribed in « Modification ».
 * - Plomberie Martin et Fils is its sous-traitant admitted to paiement direct (or its cotraitant): Paul Martin
 *   has « Factures émises » and bank details.
 * Nobody is logged in: a scenario logs in the person the learner plays (`loginAs`), and the other side's
 * actions happen in its set-up events.
 */
import { createWorld, firstBankAccountId, IBANS, loginAs, PEOPLE, run, SIRETS, withAccount, type WorldOptions } from './fixtures';
import type { InvoiceInput, World } from './model';
import { dateOf } from './rules/dates';

export function validationWorld(options: WorldOptions = {}): World {
  let world = withAccount(withAccount(createWorld(options), PEOPLE.claire), PEOPLE.paul);
  world = loginAs(world, PEOPLE.claire);
  world = run(
    world,
    { type: 'structure.create', siret: SIRETS.durandSiege },
    { type: 'bank.add', siret: SIRETS.durandSiege, label: 'Compte principal', holder: 'Menuiserie Durand SARL', iban: IBANS.durand, bic: '' },
    { type: 'espace.open', siret: SIRETS.durandSiege, espace: 'facturesEmises' },
    { type: 'espace.subscribe', siret: SIRETS.durandSiege, espace: 'facturesEmises', mode: 'modification' },
    { type: 'espace.open', siret: SIRETS.durandSiege, espace: 'facturesAValider' },
    { type: 'espace.subscribe', siret: SIRETS.durandSiege, espace: 'facturesAValider', mode: 'modification' },
    { type: 'session.logout' },
  );
  world = loginAs(world, PEOPLE.paul);
  return run(
    world,
    { type: 'structure.create', siret: SIRETS.martin },
    { type: 'bank.add', siret: SIRETS.martin, label: 'Compte courant', holder: 'Plomberie Martin et Fils', iban: IBANS.martin, bic: '' },
    { type: 'espace.open', siret: SIRETS.martin, espace: 'facturesEmises' },
    { type: 'espace.subscribe', siret: SIRETS.martin, espace: 'facturesEmises', mode: 'modification' },
    { type: 'session.logout' },
  );
}

/**
 * A complete A9 invoice of Plomberie Martin et Fils, sous-traitant of Menuiserie Durand (the valideur), to
 * the Commune de Valmont-sur-Loire, dated the world's day.
 */
export function subcontractorInvoice(world: World, overrides: Partial<InvoiceInput> = {}): InvoiceInput {
  return {
    supplierSiret: SIRETS.martin,
    cadre: 'A9',
    kind: 'FACTURE',
    number: 'PM-2026-014',
    date: dateOf(world.now),
    recipientSiret: SIRETS.valmont,
    codeService: 'SERV_TECHNIQUES',
    engagement: '',
    valideurSiret: SIRETS.durandSiege,
    vatType: 'TVA_SUR_DEBIT',
    paymentMode: 'VIREMENT',
    bankAccountId: firstBankAccountId(world, SIRETS.martin),
    lines: [{ designation: 'Raccordement des lavabos de la salle des fêtes', quantity: 4, unitPriceCents: 320_00, discountCents: 0, vatRate: 2000 }],
    declaredTotals: null,
    attachments: [{ name: 'PM-2026-014.pdf', size: 150_000 }],
    comment: '',
    ...overrides,
  };
}
