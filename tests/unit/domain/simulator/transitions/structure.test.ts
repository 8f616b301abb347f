import { describe, expect, it } from 'vitest';
import { createWorld, IBANS, loginAs, PEOPLE, run, SIRETS, withAccount } from '../../../../../src/domain/simulator/fixtures';
import type { World } from '../../../../../src/domain/simulator/model';
import { mailbox, requestsToDecide, searchStructures, structuresOf } from '../../../../../src/domain/simulator';
import { ok, refused } from '../helpers';

const claireIn = (): World => loginAs(withAccount(createWorld(), PEOPLE.claire), PEOPLE.claire);
const userId = (world: World, email: string) => Object.values(world.users).find((u) => u.loginEmail === email)?.id ?? '';

/** Claire runs Menuiserie Durand (siège); Julien has an account and is logged in. */
function julienWaiting(): World {
  let world = run(claireIn(), { type: 'structure.create', siret: SIRETS.durandSiege }, { type: 'session.logout' });
  world = withAccount(world, PEOPLE.julien);
  return loginAs(world, PEOPLE.julien);
}

describe('creating a structure', () => {
  it('makes the creator its gestionnaire principal, with the raison sociale of the directory', () => {
    const world = ok(claireIn(), { type: 'structure.create', siret: '812 345 676 00017' });
    const structure = world.structures[SIRETS.durandSiege];
    expect(structure?.raisonSociale).toBe('Menuiserie Durand SARL');
    expect(structuresOf(world, userId(world, PEOPLE.claire.loginEmail)).map((s) => s.role)).toEqual(['gestionnairePrincipal']);
  });
  it('lets one account hold several SIRETs', () => {
    const world = run(claireIn(), { type: 'structure.create', siret: SIRETS.durandSiege }, { type: 'structure.create', siret: SIRETS.durandAtelier });
    expect(structuresOf(world, userId(world, PEOPLE.claire.loginEmail))).toHaveLength(2);
  });
  it('refuses a malformed SIRET, an unknown one, a closed one, a public one and an existing one', () => {
    const world = claireIn();
    expect(refused(world, { type: 'structure.create', siret: '81234567600018' })).toEqual(['siret.checksum']);
    expect(refused(world, { type: 'structure.create', siret: '73282932000074' })).toEqual(['structure.notInDirectory']);
    expect(refused(world, { type: 'structure.create', siret: SIRETS.brillantFerme })).toEqual(['structure.inactive']);
    expect(refused(world, { type: 'structure.create', siret: SIRETS.valmont })).toEqual(['structure.publicRecipient']);
    const created = ok(world, { type: 'structure.create', siret: SIRETS.durandSiege });
    expect(refused(created, { type: 'structure.create', siret: SIRETS.durandSiege })).toEqual(['structure.alreadyExists']);
  });
  it('requires an open session', () => {
    expect(refused(createWorld(), { type: 'structure.create', siret: SIRETS.durandSiege })).toEqual(['session.required']);
  });
});

describe('rattachement requests', () => {
  it('finds structures by 3 digits of SIRET or more, or by the exact raison sociale only', () => {
    const world = julienWaiting();
    expect(searchStructures(world, '812').results.map((s) => s.siret)).toEqual([SIRETS.durandSiege]);
    expect(searchStructures(world, '0017').results).toHaveLength(1);
    expect(searchStructures(world, '81').issues.map((found) => found.code)).toEqual(['rattachement.queryTooShort']);
    expect(searchStructures(world, 'menuiserie durand sarl').results).toHaveLength(1);
    expect(searchStructures(world, 'Menuiserie Durand').issues.map((found) => found.code)).toEqual(['rattachement.noResult']);
    expect(searchStructures(world, '999').issues.map((found) => found.code)).toEqual(['rattachement.noResult']);
    expect(searchStructures(world, ' ').issues.map((found) => found.code)).toEqual(['field.required']);
  });
  it('sends a request the gestionnaire principal validates; the user becomes a simple user', () => {
    const asked = ok(julienWaiting(), { type: 'rattachement.request', siret: SIRETS.durandSiege });
    expect(refused(asked, { type: 'rattachement.request', siret: SIRETS.durandSiege })).toEqual(['rattachement.alreadyPending']);
    expect(mailbox(asked, PEOPLE.claire.contactEmail).map((mail) => mail.kind)).toEqual(['rattachementRequested']);
    const requestId = Object.keys(asked.rattachements)[0] ?? '';
    expect(refused(asked, { type: 'rattachement.validate', requestId })).toEqual(['structure.notMember']);
    const claire = loginAs(run(asked, { type: 'session.logout' }), PEOPLE.claire);
    expect(requestsToDecide(claire, userId(claire, PEOPLE.claire.loginEmail)).map((r) => r.id)).toEqual([requestId]);
    const validated = ok(claire, { type: 'rattachement.validate', requestId });
    expect(validated.rattachements[requestId]?.status).toBe('validee');
    expect(structuresOf(validated, userId(validated, PEOPLE.julien.loginEmail)).map((s) => s.role)).toEqual(['utilisateur']);
    expect(mailbox(validated, PEOPLE.julien.loginEmail).map((mail) => mail.kind)).toContain('rattachementDecided');
    expect(refused(validated, { type: 'rattachement.refuse', requestId, reason: '' })).toEqual(['rattachement.notPending']);
    expect(refused(validated, { type: 'rattachement.validate', requestId: 'r999' })).toEqual(['rattachement.unknown']);
  });
  it('lets the gestionnaire refuse with a reason, and the user ask again later', () => {
    const asked = ok(julienWaiting(), { type: 'rattachement.request', siret: SIRETS.durandSiege });
    const requestId = Object.keys(asked.rattachements)[0] ?? '';
    const claire = loginAs(run(asked, { type: 'session.logout' }), PEOPLE.claire);
    expect(refused(claire, { type: 'rattachement.refuse', requestId, reason: 'x'.repeat(256) })).toEqual(['field.tooLong']);
    const refusedWorld = ok(claire, { type: 'rattachement.refuse', requestId, reason: 'Personne inconnue' });
    expect(refusedWorld.rattachements[requestId]).toMatchObject({ status: 'refusee', reason: 'Personne inconnue' });
    const julien = loginAs(run(refusedWorld, { type: 'session.logout' }), PEOPLE.julien);
    ok(julien, { type: 'rattachement.request', siret: SIRETS.durandSiege });
  });
  it('refuses a request to an unknown structure or to one already joined', () => {
    const world = julienWaiting();
    expect(refused(world, { type: 'rattachement.request', siret: SIRETS.fournil })).toEqual(['structure.unknown']);
    const claire = loginAs(run(world, { type: 'session.logout' }), PEOPLE.claire);
    expect(refused(claire, { type: 'rattachement.request', siret: SIRETS.durandSiege })).toEqual(['rattachement.alreadyMember']);
  });
  it('keeps management to the gestionnaire principal', () => {
    const asked = ok(julienWaiting(), { type: 'rattachement.request', siret: SIRETS.durandSiege });
    const requestId = Object.keys(asked.rattachements)[0] ?? '';
    const claire = loginAs(run(asked, { type: 'session.logout' }), PEOPLE.claire);
    const julien = loginAs(run(claire, { type: 'rattachement.validate', requestId }, { type: 'session.logout' }), PEOPLE.julien);
    expect(refused(julien, { type: 'service.create', siret: SIRETS.durandSiege, code: 'ATELIER', label: 'Atelier' })).toEqual(['structure.notManager']);
    expect(refused(julien, { type: 'espace.open', siret: SIRETS.durandSiege, espace: 'facturesEmises' })).toEqual(['structure.notManager']);
  });
});

describe('services, bank details and espaces', () => {
  const gp = () => run(claireIn(), { type: 'structure.create', siret: SIRETS.durandSiege });
  const siret = SIRETS.durandSiege;

  it('creates services with unique upper-case codes and switches them on and off', () => {
    const world = ok(gp(), { type: 'service.create', siret, code: 'compta', label: 'Comptabilité' });
    expect(world.structures[siret]?.services).toEqual([{ code: 'COMPTA', label: 'Comptabilité', active: true }]);
    expect(refused(world, { type: 'service.create', siret, code: 'COMPTA', label: 'Autre' })).toEqual(['service.codeTaken']);
    expect(refused(world, { type: 'service.create', siret, code: 'code service', label: 'Autre' })).toEqual(['service.codeFormat']);
    expect(refused(world, { type: 'service.create', siret, code: '', label: '' })).toEqual(['field.required', 'field.required']);
    const off = ok(world, { type: 'service.setActive', siret, code: 'COMPTA', active: false });
    expect(off.structures[siret]?.services[0]?.active).toBe(false);
    ok(off, { type: 'service.setActive', siret, code: 'compta', active: true });
    expect(refused(world, { type: 'service.setActive', siret, code: 'AUTRE', active: false })).toEqual(['service.unknown']);
  });
  it('adds bank details with a valid IBAN, stored without spaces, once', () => {
    const add = { type: 'bank.add', siret, label: 'Compte principal', holder: 'Menuiserie Durand SARL', iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'AGRIFRPP' } as const;
    const world = ok(gp(), add);
    expect(world.structures[siret]?.bankAccounts[0]).toMatchObject({ iban: IBANS.durand, bic: 'AGRIFRPP', active: true });
    expect(refused(world, add)).toEqual(['bank.duplicate']);
    expect(refused(gp(), { ...add, iban: 'FR7630006000011234567890188' })).toEqual(['iban.checksum']);
    expect(refused(gp(), { ...add, bic: 'AGRI' })).toEqual(['iban.format']);
    expect(refused(gp(), { ...add, label: '', holder: '' })).toEqual(['field.required', 'field.required']);
    expect(refused(gp(), { ...add, siret: SIRETS.fournil })).toEqual(['structure.unknown']);
  });
  it('opens an espace on the structure, then lets a member subscribe to it', () => {
    const world = gp();
    expect(refused(world, { type: 'espace.subscribe', siret, espace: 'facturesEmises', mode: 'modification' })).toEqual(['espace.notOpen']);
    const opened = ok(world, { type: 'espace.open', siret, espace: 'facturesEmises' });
    expect(refused(opened, { type: 'espace.open', siret, espace: 'facturesEmises' })).toEqual(['espace.alreadyOpen']);
    const subscribed = ok(opened, { type: 'espace.subscribe', siret, espace: 'facturesEmises', mode: 'consultation' });
    expect(refused(subscribed, { type: 'espace.subscribe', siret, espace: 'facturesEmises', mode: 'consultation' })).toEqual(['espace.alreadySubscribed']);
    const upgraded = ok(subscribed, { type: 'espace.subscribe', siret, espace: 'facturesEmises', mode: 'modification' });
    expect(upgraded.subscriptions).toHaveLength(1);
    expect(upgraded.subscriptions[0]?.mode).toBe('modification');
  });
  it('refuses unknown espaces and subscriptions to structures one does not belong to', () => {
    const world = gp();
    const bogus = { type: 'espace.open', siret, espace: 'facturesRecues' } as unknown as Parameters<typeof ok>[1];
    expect(refused(world, bogus)).toEqual(['espace.unknown']);
    expect(refused(world, { type: 'espace.subscribe', siret: SIRETS.fournil, espace: 'facturesEmises', mode: 'modification' })).toEqual(['structure.unknown']);
    const opened = ok(world, { type: 'espace.open', siret, espace: 'facturesEmises' });
    const badMode = { type: 'espace.subscribe', siret, espace: 'facturesEmises', mode: 'lecture' } as unknown as Parameters<typeof ok>[1];
    expect(refused(opened, badMode)).toEqual(['field.required']);
    const bogusSub = { type: 'espace.subscribe', siret, espace: 'nimporte', mode: 'modification' } as unknown as Parameters<typeof ok>[1];
    expect(refused(opened, bogusSub)).toEqual(['espace.unknown']);
    const julien = loginAs(withAccount(run(opened, { type: 'session.logout' }), PEOPLE.julien), PEOPLE.julien);
    expect(refused(julien, { type: 'espace.subscribe', siret, espace: 'facturesEmises', mode: 'modification' })).toEqual(['structure.notMember']);
  });
});
