/**
 * Property-based tests of « Factures de travaux »: random sequences of works events — sensible and absurd,
 * by every actor, public side and clock — from the works fixture world. After each step: `can` agrees with
 * `transition`, a refused event leaves the very same world, the invariants hold (every piece in exactly one
 * dossier of an existing marché…). At the end, replaying the events gives a deep-equal world.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorsOf,
  CONTRACTS,
  nextCadres,
  replay,
  SIRETS,
  WORKS_CADRES,
  WORKS_PEOPLE,
  worksAmount,
  worksFile,
  worksStage,
  worksWorld,
  type Event,
  type World,
  type WorksCadre,
} from '../../../../src/domain/simulator';
import { explore, type Template } from './helpers';


const index = fc.nat(50);
const pick = <T,>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length]);
const people = Object.values(WORKS_PEOPLE);
const sirets = [SIRETS.bernard, SIRETS.ocre, SIRETS.roussel, SIRETS.martin, SIRETS.durandSiege, ''];
const contracts = [CONTRACTS.avecMoe, CONTRACTS.sansMoe, CONTRACTS.avecMoe, 'mt-inconnu'];
/** The actors typed for a marché: as its fiche gives them, or (an unknown marché) an engagement that names none, or a wrong MOA. */
const actorsTyped = (contractId: string, i: number) => {
  if (contractId === 'mt-inconnu') return { ...actorsOf(CONTRACTS.avecMoe), engagement: 'EJ-INCONNU' };
  const actors = actorsOf(contractId);
  return i % 7 === 6 ? { ...actors, moaSiret: SIRETS.saintAubin } : i % 11 === 10 ? { ...actors, moeSiret: '' } : actors;
};
const cadres = [...WORKS_CADRES, 'A1', 'A9', 'Z9'];
const numbers = ['N-1', 'N-2', 'N-3', 'N-4', 'N-5', ''];
/** Mostly one of the latest pieces, sometimes a bogus id. */
const pieceId = (world: World, i: number): string => {
  const ids = Object.keys(world.works?.pieces ?? {});
  if (i % 10 === 9 || ids.length === 0) return `p${i}`;
  return ids[ids.length - 1 - (i % Math.min(3, ids.length))] ?? `p${i}`;
};
/** Mostly a cadre the circuit allows after the piece, sometimes any. */
const cadreAfter = (world: World, id: string, i: number): string => {
  const piece = world.works?.pieces[id];
  const contract = piece ? world.works?.contracts[world.works.dossiers[piece.dossierId]?.contractId ?? ''] : undefined;
  const allowed = piece && contract ? nextCadres(piece.cadre as WorksCadre, contract) : [];
  return i % 4 === 3 || allowed.length === 0 ? (pick(cadres, i) ?? 'A4') : (pick(allowed, i) ?? 'A4');
};
const amount = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 5_000_000 }).map((ht) => worksAmount(ht)), weight: 5 },
  // Without VAT: what a sous-traitant's A10 must carry (autoliquidation).
  { arbitrary: fc.integer({ min: 1, max: 5_000_000 }).map((ht) => worksAmount(ht, 0)), weight: 2 },
  fc.constantFrom(worksAmount(0), { ht: 100, vatRate: 2000, tva: 1, ttc: 101 }, { ht: -5, vatRate: 2000, tva: 0, ttc: 0 }),
);
const file = fc.constantFrom(worksFile('piece'), worksFile('piece'), null, { name: 'piece.docx', size: 10 });

const login: fc.Arbitrary<Template[]> = index.map((i) => {
  const person = (pick(people, i) ?? WORKS_PEOPLE.titulaire).person;
  return [
    () => ({ type: 'session.logout' }),
    () => ({ type: 'session.login', loginEmail: person.loginEmail, password: person.password }),
    (world) => ({ type: 'session.verifyCode', code: world.session?.code ?? '000000' }),
  ];
});

const template: fc.Arbitrary<Template> = fc.oneof(
  { arbitrary: fc.constantFrom(1, 1, 60, 8 * 24 * 60, 16 * 24 * 60, 31 * 24 * 60, -1).map((minutes): Template => () => ({ type: 'clock.advance', minutes })), weight: 3 },
  {
    arbitrary: fc.tuple(index, fc.constantFrom('A4', 'A4', 'A7', 'A10', 'A13', 'A5', 'A6', 'A15', 'A1'), fc.constantFrom(...numbers), amount, file).map(
      ([i, cadre, number, money, pdf]): Template => (world) => {
        const owner = people.find((p) => world.session && world.users[world.session.userId]?.loginEmail === p.person.loginEmail);
        return {
          type: 'works.deposit', ...actorsTyped(pick(contracts, i) ?? '', i), siret: i % 5 === 4 ? (pick(sirets, i) ?? '') : (owner?.siret ?? ''),
          cadre, number, amount: money, file: pdf, comment: i % 3 === 0 ? 'Avancement' : '',
        };
      },
    ),
    weight: 4,
  },
  {
    arbitrary: fc.tuple(index, fc.constantFrom(...numbers), amount, fc.boolean()).map(([i, number, money, keep]): Template => (world) => {
      const id = pieceId(world, i);
      const owner = people.find((p) => world.session && world.users[world.session.userId]?.loginEmail === p.person.loginEmail);
      return {
        type: 'works.depositNext', pieceId: id, siret: owner?.siret ?? '', cadre: cadreAfter(world, id, i), number: `${number}-S`,
        amount: keep ? (world.works?.pieces[id]?.amount ?? money) : money, file: worksFile('suivante'), comment: i % 2 === 0 ? 'Montant révisé' : '',
      };
    }),
    weight: 5,
  },
  index.map((i): Template => (world) => ({ type: 'works.validate', pieceId: pieceId(world, i), comment: '' })),
  {
    arbitrary: fc.tuple(index, fc.constantFrom('MOA-1', 'MOA-2', 'MOA-3', ''), fc.boolean()).map(([i, number, same]): Template => (world) => {
      const id = pieceId(world, i);
      return { type: 'public.worksMoa', pieceId: id, cadre: cadreAfter(world, id, i), number, amount: same ? null : worksAmount(123_400), comment: same ? '' : 'Ajusté' };
    }),
    weight: 3,
  },
  { arbitrary: index.map((i): Template => (world) => ({ type: 'public.worksPay', pieceId: pieceId(world, i) })), weight: 2 },
);

/** Each run starts by logging someone in, then mixes single steps and changes of user. */
const templates = fc
  .tuple(login, fc.array(fc.oneof({ arbitrary: template.map((t) => [t]), weight: 4 }, { arbitrary: login, weight: 1 }), { minLength: 10, maxLength: 60, size: 'max' }))
  .map(([first, chunks]) => [...first, ...chunks.flat()]);

/** Every piece is listed by exactly one dossier, the one it names, of an existing marché. */
function oneDossierEach(world: World): void {
  const works = world.works;
  for (const piece of Object.values(works?.pieces ?? {})) {
    const owners = Object.values(works?.dossiers ?? {}).filter((dossier) => dossier.pieceIds.includes(piece.id));
    expect(owners.map((dossier) => dossier.id)).toEqual([piece.dossierId]);
    expect(works?.contracts[owners[0]?.contractId ?? '']).toBeDefined();
  }
}

describe('random works event sequences', () => {
  it('keep every piece in one dossier, refuse without change, agree with can, and replay to the same world', () => {
    // A dossier already at the MOE, so that following pieces happen from the first steps.
    const start = worksStage(worksWorld(), 'a4');
    const before = Object.keys(start.works?.pieces ?? {}).length;
    let pieces = 0;
    let followed = 0;
    fc.assert(
      fc.property(templates, (list) => {
        const { events, world } = explore(start, list);
        oneDossierEach(world);
        pieces += Object.keys(world.works?.pieces ?? {}).length - before;
        followed += Object.values(world.works?.pieces ?? {}).filter((piece) => piece.parentId !== null).length;
        expect(replay(start, events).world).toEqual(world);
        expect(replay(start, JSON.parse(JSON.stringify(events)) as Event[]).world).toEqual(world);
      }),
      { numRuns: 150 },
    );
    // The runs do reach the rules beyond the first refusal: pieces get deposited and followed.
    expect(pieces).toBeGreaterThan(100);
    expect(followed).toBeGreaterThan(30);
  }, 240_000);
});
