/**
 * The starting world of « Factures de travaux » scenarios and tests: two fictional marchés de travaux and
 * their actors, every supplier-side user with « Factures de travaux » opened and subscribed in
 * « Modification », nobody logged in (a scenario logs in the person the learner plays with `loginAs`).
 * - « MT-2026-014 », with maîtrise d'œuvre: Commune de Valmont-sur-Loire (MOA, services techniques; its
 *   service des finances pays), Atelier Ocre Architectes (MOE, Sophie Leroy, secrétaire), Électricité
 *   Bernard SAS (titulaire, Marc Bernard), Peintures Roussel et Associés (cotraitant, Nadia Roussel) and
 *   Plomberie Martin et Fils (sous-traitant admitted to paiement direct, Paul Martin).
 * - « MT-2026-021 », sans maîtrise d'œuvre: Commune de Saint-Aubin-des-Landes (MOA and payer), Électricité
 *   Bernard SAS titulaire.
 * Stage helpers build a dossier up to a given point, acting as each actor in turn.
 */
import type { Event } from './events';
import { createWorld, loginAs, PEOPLE, run, SIRETS, withAccount, type WorldOptions } from './fixtures';
import type { World } from './model';
import type { WorksAmount, WorksContract, WorksPiece } from './model-works';
import type { AttachmentInput } from './rules/attachments';
import { vatOn } from './rules/money';
import { WORKS_ROUTING_MINUTES } from './model-works';

/** Ids of the fixture marchés. */
export const CONTRACTS = { avecMoe: 'mt-2026-014', sansMoe: 'mt-2026-021' } as const;

/** The two marchés (plain data: `worksWorld` copies them into the world). */
export const WORKS_CONTRACTS: readonly WorksContract[] = [
  {
    id: CONTRACTS.avecMoe,
    numero: 'MT-2026-014',
    objet: "Rénovation de l'éclairage et des sanitaires de l'école Jules-Ferry",
    titulaire: { siret: SIRETS.bernard, codeService: '', engagement: 'EJ-2026-0142' },
    cotraitants: [{ siret: SIRETS.roussel, codeService: '', engagement: 'EJ-2026-0142' }],
    sousTraitants: [{ siret: SIRETS.martin, codeService: '', engagement: 'EJ-2026-0142', paiementDirect: true }],
    moe: { siret: SIRETS.ocre, codeService: '', engagement: '' },
    moa: { siret: SIRETS.valmont, codeService: 'SERV_TECHNIQUES', engagement: 'EJ-2026-0142' },
    serviceFinancier: { siret: SIRETS.valmont, codeService: 'FINANCES', engagement: 'EJ-2026-0142' },
  },
  {
    id: CONTRACTS.sansMoe,
    numero: 'MT-2026-021',
    objet: 'Mise aux normes électriques de la salle polyvalente',
    titulaire: { siret: SIRETS.bernard, codeService: '', engagement: 'EJ-2026-0217' },
    cotraitants: [],
    sousTraitants: [],
    moe: null,
    moa: { siret: SIRETS.saintAubin, codeService: 'MAIRIE', engagement: 'EJ-2026-0217' },
    serviceFinancier: { siret: SIRETS.saintAubin, codeService: 'MAIRIE', engagement: 'EJ-2026-0217' },
  },
];

/** Who works for which structure in the works fixtures. */
export const WORKS_PEOPLE = {
  moe: { person: PEOPLE.sophie, siret: SIRETS.ocre },
  titulaire: { person: PEOPLE.marc, siret: SIRETS.bernard },
  cotraitant: { person: PEOPLE.nadia, siret: SIRETS.roussel },
  sousTraitant: { person: PEOPLE.paul, siret: SIRETS.martin },
} as const;
export type WorksPerson = keyof typeof WORKS_PEOPLE;

export interface WorksWorldOptions extends WorldOptions {
  /** Subscription mode of every user to « Factures de travaux » (default `modification`). */
  mode?: 'consultation' | 'modification';
}

/** Everyone of both marchés set up, nobody logged in. */
export function worksWorld(options: WorksWorldOptions = {}): World {
  let world = createWorld(options);
  for (const { person, siret } of Object.values(WORKS_PEOPLE)) {
    world = loginAs(withAccount(world, person), person);
    world = run(
      world,
      { type: 'structure.create', siret },
      { type: 'espace.open', siret, espace: 'facturesDeTravaux' },
      { type: 'espace.subscribe', siret, espace: 'facturesDeTravaux', mode: options.mode ?? 'modification' },
      { type: 'session.logout' },
    );
  }
  return {
    ...world,
    works: { contracts: Object.fromEntries(WORKS_CONTRACTS.map((c) => [c.id, structuredClone(c)])), dossiers: {}, pieces: {} },
  };
}

/** Consistent amounts from a HT in cents and a rate in basis points (20 % by default). */
export function worksAmount(ht: number, vatRate = 2000): WorksAmount {
  const tva = vatOn(ht, vatRate);
  return { ht, vatRate, tva, ttc: ht + tva };
}

/** A PDF of the piece, named after its number. */
export function worksFile(number: string, size = 240_000): AttachmentInput {
  return { name: `${number}.pdf`, size };
}

/** What a depositor types for the other actors of a marché, as its fiche identité gives them. */
export function actorsOf(contractId: string): Pick<Extract<Event, { type: 'works.deposit' }>, 'engagement' | 'moaSiret' | 'moaCodeService' | 'moeSiret'> {
  const contract = WORKS_CONTRACTS.find((c) => c.id === contractId);
  if (!contract) throw new Error(`actorsOf: no marché ${contractId}`);
  return { engagement: contract.moa.engagement, moaSiret: contract.moa.siret, moaCodeService: contract.moa.codeService, moeSiret: contract.moe?.siret ?? '' };
}

/** A `works.deposit` with sensible defaults: the titulaire's A4 on MT-2026-014, 12 500,00 € HT. */
export function depositEvent(overrides: Partial<Extract<Event, { type: 'works.deposit' }>> = {}): Extract<Event, { type: 'works.deposit' }> {
  const number = overrides.number ?? 'PDM-2026-03';
  return {
    type: 'works.deposit', siret: SIRETS.bernard, cadre: 'A4', number, ...actorsOf(CONTRACTS.avecMoe),
    amount: worksAmount(1_250_000), file: worksFile(number), comment: '', ...overrides,
  };
}

/** A `works.depositNext` from a piece, with the same amount by default. */
export function nextEvent(world: World, pieceId: string, overrides: Partial<Extract<Event, { type: 'works.depositNext' }>>): Extract<Event, { type: 'works.depositNext' }> {
  const parent = world.works?.pieces[pieceId];
  const number = overrides.number ?? `${parent?.number ?? 'P'}-S`;
  return {
    type: 'works.depositNext', pieceId, siret: SIRETS.ocre, cadre: 'A15', number,
    amount: parent?.amount ?? worksAmount(100_00), file: worksFile(number), comment: '', ...overrides,
  };
}

/** Applies events as one of the works people (log in, act, log out). */
export function actAs(world: World, who: WorksPerson, ...events: Event[]): World {
  const logged = loginAs(world, WORKS_PEOPLE[who].person);
  return run(logged, ...events, { type: 'session.logout' });
}

/** Lets the portal route deposited pieces (mise à disposition). */
export function routed(world: World): World {
  return run(world, { type: 'clock.advance', minutes: WORKS_ROUTING_MINUTES });
}

/** The latest piece of the world (the one just deposited). */
export function lastPiece(world: World): WorksPiece {
  const pieces = Object.values(world.works?.pieces ?? {});
  const last = pieces.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)))[pieces.length - 1];
  if (!last) throw new Error('lastPiece: no works piece in this world');
  return last;
}

/** Stages a dossier can be built up to (each one includes the previous steps of its circuit). */
export type WorksStage =
  /** MT-2026-014: the titulaire's A4 mis à disposition of the MOE. */
  | 'a4'
  /** … and the MOE's A15, with a revised amount (11 800,00 € HT), mis à disposition of the MOA. */
  | 'a15Revised'
  /** … and the MOA's A19, mis à disposition of the service financier. */
  | 'a19'
  /** MT-2026-014: A7 → A17 → the MOA's A20, mis à disposition of the titulaire for its A8. */
  | 'a20'
  /** MT-2026-014: the sous-traitant's A10 (without VAT: autoliquidation) mis à disposition of the titulaire for validation. */
  | 'a10'
  /** MT-2026-021 (sans MOE): the titulaire's A4 mis à disposition of the MOA. */
  | 'a4SansMoe';

/** Every stage, for the scenario schema. */
export const WORKS_STAGES = ['a4', 'a15Revised', 'a19', 'a20', 'a10', 'a4SansMoe'] as const satisfies readonly WorksStage[];

/** Builds a dossier up to `stage` on a world of `worksWorld` (nobody logged in before or after). */
export function worksStage(world: World, stage: WorksStage): World {
  switch (stage) {
    case 'a4':
      return routed(actAs(world, 'titulaire', depositEvent()));
    case 'a15Revised': {
      const w = worksStage(world, 'a4');
      const a4 = lastPiece(w).id;
      const revised = nextEvent(w, a4, { number: 'EA-2026-03', amount: worksAmount(1_180_000), comment: 'Lot éclairage de la cour non achevé : 6 luminaires sur 10 posés.' });
      return routed(actAs(w, 'moe', revised));
    }
    case 'a19': {
      const w = worksStage(world, 'a15Revised');
      return routed(run(w, { type: 'public.worksMoa', pieceId: lastPiece(w).id, cadre: 'A19', number: 'EAV-2026-03', amount: null, comment: '' }));
    }
    case 'a20': {
      let w = routed(actAs(world, 'titulaire', depositEvent({ cadre: 'A7', number: 'PDF-2026-01', amount: worksAmount(9_800_000) })));
      w = routed(actAs(w, 'moe', nextEvent(w, lastPiece(w).id, { cadre: 'A17', number: 'PDG-2026-01' })));
      return routed(run(w, { type: 'public.worksMoa', pieceId: lastPiece(w).id, cadre: 'A20', number: 'DG-2026-01', amount: null, comment: '' }));
    }
    case 'a10':
      return routed(actAs(world, 'sousTraitant', depositEvent({ siret: SIRETS.martin, cadre: 'A10', number: 'PM-PDM-03', amount: worksAmount(320_000, 0) })));
    case 'a4SansMoe':
      return routed(actAs(world, 'titulaire', depositEvent({ ...actorsOf(CONTRACTS.sansMoe), number: 'PDM-SA-01', amount: worksAmount(450_000) })));
  }
}

/**
 * The `works` scenario base (start.ts): the marchés and their actors, with a
 * dossier built up to the scenario's `stage` when it names one.
 */
export function worksBase(options: WorldOptions, start: { stage?: WorksStage | undefined }): World {
  const world = worksWorld(options);
  return start.stage ? worksStage(world, start.stage) : world;
}
