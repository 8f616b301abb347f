/**
 * Property-based tests: random sequences of events — sensible and absurd, learner and public side — never
 * break the world, never throw, are refused without changing anything, agree with `can`, and replay to the
 * same world. Events are generated as templates reading the current world (to reuse a real token, code or
 * invoice id some of the time), then recorded as plain events for the replay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Event, ForwardStatus } from '../../../../src/domain/simulator/events';
import { createWorld, IBANS, PEOPLE, sampleInvoice, SIRETS, supplierWorld } from '../../../../src/domain/simulator/fixtures';
import { invariants } from '../../../../src/domain/simulator/invariants';
import { ESPACES, type World } from '../../../../src/domain/simulator/model';
import { can, message, replay, transition } from '../../../../src/domain/simulator';

type Template = (world: World) => Event;

const pick = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);
const people = Object.values(PEOPLE);
const sirets = [...Object.values(SIRETS), '73282932000074', '123', ''];
const index = fc.nat(50);
/** Mostly one of the three latest invoices (so that save → submit → confirm chains happen), sometimes a bogus id. */
const invoiceId = (world: World, i: number) => {
  const ids = Object.keys(world.invoices);
  if (i % 10 === 9 || ids.length === 0) return `f${i}`;
  return ids[ids.length - 1 - (i % Math.min(3, ids.length))] ?? `f${i}`;
};
const forward: ForwardStatus[] = ['SERVICE_FAIT', 'MANDATEE', 'MISE_A_DISPOSITION_COMPTABLE', 'COMPTABILISEE', 'MISE_EN_PAIEMENT'];

const template: fc.Arbitrary<Template> = fc.oneof(
  { arbitrary: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: -5, max: 20_000 })).map((minutes): Template => () => ({ type: 'clock.advance', minutes })), weight: 3 },
  fc.tuple(index, fc.boolean(), fc.boolean()).map(([i, goodPassword, terms]): Template => () => {
    const person = pick(people, i) ?? PEOPLE.claire;
    const password = goodPassword ? person.password : 'court';
    return { type: 'account.create', ...person, password, passwordConfirmation: password, acceptTerms: terms };
  }),
  fc.tuple(index, fc.boolean()).map(([i, real]): Template => (world) => ({
    type: 'account.activate',
    token: real ? (pick(Object.values(world.users), i)?.activation?.token ?? 'x') : 'faux-jeton',
  })),
  index.map((i): Template => () => ({ type: 'account.resendActivation', loginEmail: pick(people, i)?.loginEmail ?? '' })),
  fc.tuple(index, fc.boolean()).map(([i, good]): Template => () => {
    const person = pick(people, i) ?? PEOPLE.claire;
    return { type: 'session.login', loginEmail: person.loginEmail, password: good ? person.password : 'Mauvais-Mot2Passe' };
  }),
  fc.boolean().map((real): Template => (world) => ({ type: 'session.verifyCode', code: real ? (world.session?.code ?? '000000') : '999999' })),
  fc.constantFrom<Template>(() => ({ type: 'session.logout' }), () => ({ type: 'session.resendCode' }), () => ({ type: 'session.dismissPopup' })),
  index.map((i): Template => () => ({ type: 'structure.create', siret: pick(sirets, i) ?? '' })),
  index.map((i): Template => () => ({ type: 'rattachement.request', siret: pick(sirets, i) ?? '' })),
  fc.tuple(index, fc.boolean()).map(([i, accept]): Template => (world) => {
    const requestId = pick(Object.keys(world.rattachements), i) ?? 'r1';
    return accept ? { type: 'rattachement.validate', requestId } : { type: 'rattachement.refuse', requestId, reason: 'Inconnu' };
  }),
  fc.tuple(index, fc.constantFrom('COMPTA', 'atelier', 'mauvais code', '')).map(([i, code]): Template => () => ({
    type: 'service.create', siret: pick(sirets, i) ?? '', code, label: 'Service',
  })),
  fc.tuple(index, fc.boolean()).map(([i, active]): Template => () => ({ type: 'service.setActive', siret: pick(sirets, i) ?? '', code: 'COMPTA', active })),
  fc.tuple(index, fc.constantFrom(...Object.values(IBANS), 'FR7630006000011234567890188', '')).map(([i, iban]): Template => () => ({
    type: 'bank.add', siret: pick(sirets, i) ?? '', label: 'Compte', holder: 'Titulaire', iban, bic: '',
  })),
  fc.tuple(index, fc.constantFrom(...ESPACES), fc.constantFrom('consultation' as const, 'modification' as const), fc.boolean()).map(
    ([i, espace, mode, open]): Template => () =>
      open ? { type: 'espace.open', siret: pick(sirets, i) ?? '', espace } : { type: 'espace.subscribe', siret: pick(sirets, i) ?? '', espace, mode },
  ),
  {
    arbitrary: fc.tuple(
      index,
      fc.boolean(),
      fc.constantFrom('FA-1', 'FA-2', 'FA-3', 'FA-4', 'FA-5', 'FA-6', ''),
      // Mostly coherent recipient data (so that invoices get sent), some wrong on purpose.
      fc.constantFrom(
        [SIRETS.valmont, 'SERV_TECHNIQUES', ''],
        [SIRETS.deuxVallons, '', 'EJ-1'],
        [SIRETS.valDArgent, 'VOIRIE', ''],
        [SIRETS.troisRivieres, 'INTENDANCE', 'BC-1'],
        [SIRETS.saintAubin, '', ''],
        [SIRETS.valmont, '', ''],
        [SIRETS.valmont, 'INCONNU', ''],
        [SIRETS.brenneHaute, '', ''],
        ['', '', ''],
      ),
      fc.constantFrom('A1', 'A1', 'A1', 'A2', 'A9', 'A4', 'Z'),
      fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: -100, max: 100 })),
    ).map(([i, update, number, [recipientSiret = '', codeService = '', engagement = ''], cadre, unitPriceCents]): Template => (world) => {
      const base = sampleInvoice(world, { number, recipientSiret, cadre, codeService, engagement });
      const data = { ...base, lines: [{ ...base.lines[0]!, unitPriceCents }] };
      return { type: 'invoice.save', invoiceId: update ? invoiceId(world, i) : null, data };
    }),
    weight: 4,
  },
  {
    arbitrary: fc.tuple(index, fc.constantFrom('invoice.submit', 'invoice.confirm', 'invoice.confirm', 'invoice.cancelSubmit', 'invoice.delete', 'invoice.handleRejection')).map(
      ([i, type]): Template => (world) => ({ type, invoiceId: invoiceId(world, i) }),
    ),
    weight: 8,
  },
  index.map((i): Template => (world) => ({ type: 'invoice.acknowledge', invoiceIds: [invoiceId(world, i)] })),
  fc.tuple(index, fc.constantFrom('AFFAIRES_SCOLAIRES', 'SERV_TECHNIQUES', '')).map(([i, codeService]): Template => (world) => ({
    type: 'invoice.recycle', invoiceId: invoiceId(world, i), recipientSiret: SIRETS.valmont, codeService, engagement: '',
  })),
  fc.tuple(index, fc.boolean()).map(([i, withFile]): Template => (world) => ({
    type: 'invoice.complete', invoiceId: invoiceId(world, i), attachments: withFile ? [{ name: 'piece.pdf', size: 1000 }] : [], comment: withFile ? '' : 'Complément',
  })),
  { arbitrary: fc.tuple(index, fc.constantFrom(...forward)).map(([i, status]): Template => (world) => ({ type: 'public.advance', invoiceId: invoiceId(world, i), status })), weight: 2 },
  {
    arbitrary: fc.tuple(index, fc.constantFrom('public.recycle', 'public.suspend', 'public.reject'), fc.constantFrom('', 'Motif', 'Motif')).map(
      ([i, type, reason]): Template => (world) => ({ type, invoiceId: invoiceId(world, i), reason }),
    ),
    weight: 3,
  },
);

const latest = (world: World) => Object.keys(world.invoices).at(-1) ?? 'f0';

/** A realistic run of steps: deposit a coherent invoice and let it be routed, then maybe a public move. */
const sendChunk: fc.Arbitrary<Template[]> = fc
  .tuple(fc.constantFrom('FA-10', 'FA-11', 'FA-12', 'FA-13'), fc.boolean(), template)
  .map(([number, route, then]) => [
    (world: World): Event => ({ type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, { number }) }),
    (world: World): Event => ({ type: 'invoice.submit', invoiceId: latest(world) }),
    (world: World): Event => ({ type: 'invoice.confirm', invoiceId: latest(world) }),
    (): Event => ({ type: 'clock.advance', minutes: route ? 6 : 1 }),
    then,
  ]);

/** Mostly single random steps, sometimes a deposit sequence, flattened into one list of templates. */
const templates = (minLength: number, maxLength: number): fc.Arbitrary<Template[]> =>
  fc
    .array(fc.oneof({ arbitrary: template.map((t) => [t]), weight: 6 }, { arbitrary: sendChunk, weight: 1 }), { minLength, maxLength, size: 'max' })
    .map((chunks) => chunks.flat());

/** Runs templates from `start`, checking each step; returns the concrete events and the final world. */
function explore(start: World, templates: readonly Template[]): { events: Event[]; world: World } {
  let world = start;
  const events: Event[] = [];
  for (const make of templates) {
    const event = make(world);
    events.push(event);
    const result = transition(world, event);
    const verdict = can(world, event);
    expect(verdict.ok).toBe(result.issues.length === 0);
    if (result.issues.length > 0 && event.type !== 'session.login') expect(result.world).toBe(world);
    for (const found of result.issues) expect(message(found)).not.toMatch(/undefined|NaN/);
    expect(invariants(result.world)).toEqual([]);
    world = result.world;
  }
  return { events, world };
}

// Generous timeouts: coverage instrumentation makes these runs several times slower.
describe('random event sequences', () => {
  it('never break the world from an empty portal, and replay to the same world', () => {
    fc.assert(
      fc.property(templates(5, 30), fc.integer(), (templates, seed) => {
        const start = createWorld({ seed });
        const { events, world } = explore(start, templates);
        expect(replay(start, events).world).toEqual(world);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('never break a supplier world with invoices, stay serialisable, and replay to the same world', () => {
    const start = supplierWorld();
    fc.assert(
      fc.property(templates(15, 50), (templates) => {
        const { events, world } = explore(start, templates);
        const replayed = replay(start, events);
        expect(replayed.world).toEqual(world);
        expect(JSON.parse(JSON.stringify(world))).toEqual(world);
        // Events are plain data too: a JSON round trip replays identically.
        expect(replay(start, JSON.parse(JSON.stringify(events)) as Event[]).world).toEqual(world);
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});
