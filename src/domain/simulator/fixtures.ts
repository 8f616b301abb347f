/**
 * Fictional companies, public recipients and people for scenarios and tests, and helpers to build worlds.
 *
 * Every name is invented (no real company, commune or person) and every SIRET passes its checksum, so the
 * simulator's own validators accept them; e-mail addresses use the reserved `.example` domain. Numbers are
 * fictional too, although any checksum-valid number may happen to exist somewhere in SIRENE.
 */
import type { Event } from './events';
import { fullSimulator } from './full';
import type { Company, InvoiceInput, PublicRecipient, World } from './model';
import { seedState } from './prng';
import { dateOf, minutesFromIso } from './rules/dates';

/** SIRETs of the fixtures, by role, so that tests and scenarios do not repeat raw numbers. */
export const SIRETS = {
  durandSiege: '81234567600017',
  durandAtelier: '81234567600025',
  fournil: '82345612400010',
  lemoine: '83456723200014',
  brillantFerme: '84567834100015',
  martin: '85678945800010',
  vasseur: '86789056800019',
  saveurs: '87890167700012',
  valmont: '21450901000010',
  deuxVallons: '26450202200017',
  troisRivieres: '19450303300012',
  valDArgent: '20004504500016',
  brenneHaute: '25450605800018',
  saintAubin: '21450706300011',
  officeHabitat: '13000807100016',
  // « Factures de travaux » (fixtures-works.ts): the MOE, the titulaire and a cotraitant.
  ocre: '88123456100010',
  bernard: '89234567900013',
  roussel: '89345678000012',
} as const;

/** The SIRENE stand-in: private companies, one of them closed. */
export const COMPANIES: readonly Company[] = [
  { siret: SIRETS.durandSiege, raisonSociale: 'Menuiserie Durand SARL', address: '12 rue des Tilleuls, 45990 Valmont-sur-Loire', active: true },
  { siret: SIRETS.durandAtelier, raisonSociale: 'Menuiserie Durand SARL', address: "3 chemin de l'Étang, 45991 Saint-Aubin-des-Landes", active: true },
  { siret: SIRETS.fournil, raisonSociale: "Boulangerie Le Fournil d'Aurore", address: '5 place du Marché, 45990 Valmont-sur-Loire', active: true },
  { siret: SIRETS.lemoine, raisonSociale: 'Atelier graphique Lemoine', address: '27 quai des Mariniers, 45992 Port-Brenne', active: true },
  { siret: SIRETS.brillantFerme, raisonSociale: 'Nettoyage Brillant Services', address: '8 allée des Lilas, 45992 Port-Brenne', active: false },
  { siret: SIRETS.martin, raisonSociale: 'Plomberie Martin et Fils', address: '41 route de la Forêt, 45993 Les Trois-Rivières', active: true },
  { siret: SIRETS.vasseur, raisonSociale: 'Informatique Vasseur Conseil', address: '2 impasse des Cerisiers, 45990 Valmont-sur-Loire', active: true },
  { siret: SIRETS.saveurs, raisonSociale: 'Traiteur Les Saveurs de la Brenne', address: '19 rue du Moulin, 45992 Port-Brenne', active: true },
  { siret: SIRETS.ocre, raisonSociale: 'Atelier Ocre Architectes', address: '6 rue des Remparts, 45990 Valmont-sur-Loire', active: true },
  { siret: SIRETS.bernard, raisonSociale: 'Électricité Bernard SAS', address: '14 avenue de la Gare, 45992 Port-Brenne', active: true },
  { siret: SIRETS.roussel, raisonSociale: 'Peintures Roussel et Associés', address: '9 rue des Vignes, 45993 Les Trois-Rivières', active: true },
];

/** The annuaire of public recipients: one of each requirement, one inactive. */
export const RECIPIENTS: readonly PublicRecipient[] = [
  {
    siret: SIRETS.valmont,
    name: 'Commune de Valmont-sur-Loire',
    active: true,
    requirement: 'codeService',
    services: [
      { code: 'SERV_TECHNIQUES', label: 'Services techniques', active: true },
      { code: 'AFFAIRES_SCOLAIRES', label: 'Affaires scolaires', active: true },
      { code: 'FETES', label: 'Fêtes et cérémonies', active: false },
      { code: 'FINANCES', label: 'Service des finances', active: true },
    ],
    updatesPaymentStatus: true,
  },
  {
    siret: SIRETS.deuxVallons,
    name: 'Centre hospitalier intercommunal des Deux-Vallons',
    active: true,
    requirement: 'engagement',
    services: [{ code: 'FACTURES_PUBLIQUES', label: 'Service facturier', active: true }],
    updatesPaymentStatus: true,
  },
  {
    siret: SIRETS.troisRivieres,
    name: 'Lycée professionnel des Trois-Rivières',
    active: true,
    requirement: 'codeServiceEtEngagement',
    services: [{ code: 'INTENDANCE', label: 'Intendance', active: true }],
    updatesPaymentStatus: false,
  },
  {
    siret: SIRETS.valDArgent,
    name: "Communauté de communes du Val d'Argent",
    active: true,
    requirement: 'codeServiceOuEngagement',
    services: [
      { code: 'VOIRIE', label: 'Voirie', active: true },
      { code: 'PETITE_ENFANCE', label: 'Petite enfance', active: true },
    ],
    updatesPaymentStatus: true,
  },
  {
    siret: SIRETS.brenneHaute,
    name: 'Syndicat intercommunal des eaux de la Brenne-Haute',
    active: false,
    requirement: 'aucun',
    services: [],
    updatesPaymentStatus: false,
  },
  {
    siret: SIRETS.saintAubin,
    name: 'Commune de Saint-Aubin-des-Landes',
    active: true,
    requirement: 'aucun',
    services: [{ code: 'MAIRIE', label: 'Secrétariat de mairie', active: true }],
    updatesPaymentStatus: false,
  },
  {
    siret: SIRETS.officeHabitat,
    name: "Office public fictif de l'habitat du Val d'Argent",
    active: true,
    requirement: 'engagement',
    services: [],
    updatesPaymentStatus: true,
  },
];

/** Fictional people with passwords that meet the simulator's policy. */
export const PEOPLE = {
  claire: { loginEmail: 'claire.durand@menuiserie-durand.example', contactEmail: 'compta@menuiserie-durand.example', firstName: 'Claire', lastName: 'Durand', password: 'Copeaux&Rabot2026' },
  julien: { loginEmail: 'julien.morel@menuiserie-durand.example', contactEmail: '', firstName: 'Julien', lastName: 'Morel', password: 'Etabli-Chene-42' },
  paul: { loginEmail: 'paul.martin@plomberie-martin.example', contactEmail: '', firstName: 'Paul', lastName: 'Martin', password: 'Siphon!Robinet9' },
  // « Factures de travaux » (fixtures-works.ts).
  sophie: { loginEmail: 'sophie.leroy@atelier-ocre.example', contactEmail: '', firstName: 'Sophie', lastName: 'Leroy', password: 'Equerre&Calque2026' },
  marc: { loginEmail: 'marc.bernard@electricite-bernard.example', contactEmail: '', firstName: 'Marc', lastName: 'Bernard', password: 'Disjoncteur-Volt7' },
  nadia: { loginEmail: 'nadia.roussel@peintures-roussel.example', contactEmail: '', firstName: 'Nadia', lastName: 'Roussel', password: 'Pinceau!Enduit3' },
} as const;

/** Fictional bank details (valid IBANs). */
export const IBANS = {
  durand: 'FR7630006000011234567890189',
  durandSecond: 'FR1420041010050500013M02606',
  martin: 'FR7030002005500000157845Z02',
} as const;

/** The default start of the simulated clock: Monday 2 March 2026, 9:00 (UTC). */
export const DEFAULT_START = '2026-03-02T09:00Z';

export interface WorldOptions {
  /** ISO moment, UTC: `2026-03-02T09:00Z`. */
  start?: string;
  /** Seed of the PRNG (a number, or a word such as the scenario id). */
  seed?: number | string;
  companies?: readonly Company[];
  recipients?: readonly PublicRecipient[];
}

/** An empty portal (no account yet) over the given directories. */
export function createWorld(options: WorldOptions = {}): World {
  const now = minutesFromIso(options.start ?? DEFAULT_START);
  if (!Number.isFinite(now)) throw new Error(`createWorld: unreadable start ${options.start ?? ''}`);
  return {
    version: 1,
    now,
    rng: seedState(options.seed ?? 1),
    seq: 0,
    companies: Object.fromEntries((options.companies ?? COMPANIES).map((company) => [company.siret, structuredClone(company)])),
    recipients: Object.fromEntries((options.recipients ?? RECIPIENTS).map((recipient) => [recipient.siret, structuredClone(recipient)])),
    users: {},
    session: null,
    structures: {},
    rattachements: {},
    subscriptions: [],
    invoices: {},
    mails: [],
    log: [],
  };
}

/** Applies events that must succeed; a refusal is a broken fixture, hence a thrown error naming it. */
export function run(world: World, ...events: Event[]): World {
  let current = world;
  for (const event of events) {
    const result = fullSimulator.transition(current, event);
    if (result.issues.length > 0) {
      throw new Error(`fixture event ${event.type} refused: ${result.issues.map((found) => `${found.path}: ${fullSimulator.message(found)}`).join(' / ')}`);
    }
    current = result.world;
  }
  return current;
}

/** Logs in (password, then the code read from the world, as the learner reads it in the mailbox). */
export function loginAs(world: World, person: { loginEmail: string; password: string }): World {
  const afterPassword = run(world, { type: 'session.login', loginEmail: person.loginEmail, password: person.password });
  const code = afterPassword.session?.code ?? '';
  return run(afterPassword, { type: 'session.verifyCode', code });
}

/** Creates and activates an account, leaving nobody logged in. */
export function withAccount(world: World, person: (typeof PEOPLE)[keyof typeof PEOPLE]): World {
  const created = run(world, { type: 'account.create', ...person, passwordConfirmation: person.password, acceptTerms: true });
  const user = Object.values(created.users).find((candidate) => candidate.loginEmail === person.loginEmail);
  return run(created, { type: 'account.activate', token: user?.activation?.token ?? '' });
}

/**
 * Claire Durand, gestionnaire principal of Menuiserie Durand SARL (siège), with a service, bank details and
 * « Factures émises » opened and subscribed, logged in again so that the espace shows: the starting point
 * of the invoice scenarios.
 */
export function supplierWorld(options: WorldOptions = {}): World {
  let world = withAccount(createWorld(options), PEOPLE.claire);
  world = loginAs(world, PEOPLE.claire);
  world = run(
    world,
    { type: 'structure.create', siret: SIRETS.durandSiege },
    { type: 'service.create', siret: SIRETS.durandSiege, code: 'COMPTABILITE', label: 'Comptabilité' },
    { type: 'bank.add', siret: SIRETS.durandSiege, label: 'Compte principal', holder: 'Menuiserie Durand SARL', iban: IBANS.durand, bic: '' },
    { type: 'espace.open', siret: SIRETS.durandSiege, espace: 'facturesEmises' },
    { type: 'espace.subscribe', siret: SIRETS.durandSiege, espace: 'facturesEmises', mode: 'modification' },
    { type: 'session.logout' },
  );
  return loginAs(world, PEOPLE.claire);
}

/** The id of the first bank account of a structure ('' when none). */
export function firstBankAccountId(world: World, siret: string): string {
  return world.structures[siret]?.bankAccounts[0]?.id ?? '';
}

/**
 * A complete A1 invoice from Menuiserie Durand to the Commune de Valmont-sur-Loire (code service required),
 * dated the world's day: three days of work and oak panels, all at 20 %.
 */
export function sampleInvoice(world: World, overrides: Partial<InvoiceInput> = {}): InvoiceInput {
  return {
    supplierSiret: SIRETS.durandSiege,
    cadre: 'A1',
    kind: 'FACTURE',
    number: 'FA-2026-001',
    date: dateOf(world.now),
    recipientSiret: SIRETS.valmont,
    codeService: 'SERV_TECHNIQUES',
    engagement: '',
    valideurSiret: '',
    vatType: 'TVA_SUR_DEBIT',
    paymentMode: 'VIREMENT',
    bankAccountId: firstBankAccountId(world, SIRETS.durandSiege),
    lines: [
      { designation: "Pose d'étagères — main-d'œuvre", quantity: 3, unitPriceCents: 450_00, discountCents: 0, vatRate: 2000 },
      { designation: 'Panneaux de chêne massif', quantity: 12.5, unitPriceCents: 38_40, discountCents: 0, vatRate: 2000 },
    ],
    declaredTotals: null,
    attachments: [{ name: 'FA-2026-001.pdf', size: 180_000 }],
    comment: '',
    ...overrides,
  };
}
