import { describe, expect, it } from 'vitest';
import { createWorld, loginAs, PEOPLE, run, SIRETS, transition, withAccount, message, type Event } from '../../../../../src/domain/simulator';
import { demoEvent, fieldOf, fileIssues, firstInvalid, formatMoment, formatSiret, hasErrors, NO_ERRORS } from '../../../../../src/islands/screens/kit';
import type { World } from '../../../../../src/domain/simulator';

const claire = loginAs(withAccount(createWorld({ seed: 'form' }), PEOPLE.claire), PEOPLE.claire);
/** The kit's filing of a refusal: the issues the transition reports on the world (what `dispatch` hands back), by field. */
const fileMessages = (world: World, event: Event, fields: readonly string[], alias: Readonly<Record<string, string>> = {}) => fileIssues(transition(world, event).issues, fields, message, alias);
const messagesOf = (world = claire, event: Event) => transition(world, event).issues.map((found) => message(found));

describe('fileIssues', () => {
  it('files a wrong SIRET under the siret field with the simulator checksum message', () => {
    const event: Event = { type: 'structure.create', siret: '81234567600018' };
    const errors = fileMessages(claire, event, ['siret']);
    expect(errors.fields['siret']).toHaveLength(1);
    expect(errors.fields['siret']?.[0]).toMatch(/^Le SIRET saisi n'est pas valide\u00a0: vérifiez les chiffres/);
    expect(errors.general).toEqual([]);
  });

  it('files every unmet rule of the account form under its own field, in screen order', () => {
    const event: Event = {
      type: 'account.create',
      loginEmail: 'pas-une-adresse',
      contactEmail: '',
      firstName: '',
      lastName: 'Martin',
      password: 'court',
      passwordConfirmation: 'autre',
      acceptTerms: false,
    };
    const world = createWorld();
    const fields = ['loginEmail', 'firstName', 'lastName', 'contactEmail', 'password', 'passwordConfirmation', 'acceptTerms'];
    const errors = fileMessages(world, event, fields);
    expect(Object.keys(errors.fields).sort()).toEqual(['acceptTerms', 'firstName', 'loginEmail', 'password', 'passwordConfirmation']);
    expect(errors.fields['password']?.length).toBeGreaterThan(1);
    expect(firstInvalid(errors, fields)).toBe('loginEmail');
  });

  it('keeps messages without a field of the form as general ones, and renames aliased paths', () => {
    const event: Event = { type: 'session.logout' };
    const loggedOut = run(claire, event);
    const general = fileMessages(loggedOut, event, ['loginEmail']);
    expect(general.general).toEqual(messagesOf(loggedOut, event));
    expect(general.general).toEqual(['Vous devez être connecté pour effectuer cette action.']);
    const aliased = fileMessages(claire, { type: 'structure.create', siret: '12' }, ['identifiant'], { siret: 'identifiant' });
    expect(aliased.fields['identifiant']?.[0]).toMatch(/14\u00a0chiffres/);
    expect(aliased.general).toEqual([]);
  });

  it('files nothing when the simulator accepts the event', () => {
    const event: Event = { type: 'structure.create', siret: SIRETS.durandSiege };
    expect(fileMessages(claire, event, ['siret'])).toEqual({ fields: {}, general: [] });
  });

  it('files a path under the most specific field the form shows', () => {
    expect(fieldOf('lines.0.quantity', ['lines', 'lines.0.quantity'])).toBe('lines.0.quantity');
    expect(fieldOf('lines.1.quantity', ['lines', 'lines.0.quantity'])).toBe('lines');
    expect(fieldOf('linesTotal', ['lines'])).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('tells whether a form has errors', () => {
    expect(hasErrors(NO_ERRORS)).toBe(false);
    expect(hasErrors({ fields: { a: [] }, general: [] })).toBe(false);
    expect(hasErrors({ fields: { a: ['x'] }, general: [] })).toBe(true);
    expect(hasErrors({ fields: {}, general: ['x'] })).toBe(true);
    expect(firstInvalid(NO_ERRORS, ['a'])).toBeUndefined();
  });

  it('prints the simulated clock and SIRETs the French way, with no-break spaces', () => {
    expect(formatMoment(claire.now)).toBe('02/03/2026 à 09\u00a0h\u00a000');
    expect(formatSiret(SIRETS.durandSiege)).toBe('812\u00a0345\u00a0676\u00a000017');
    expect(formatSiret('123')).toBe('123');
  });
});

describe('demoEvent', () => {
  it('reads the event a démonstration step passes, only when it has the wanted type', () => {
    const params = { event: JSON.stringify({ type: 'structure.create', siret: SIRETS.durandSiege }) };
    expect(demoEvent(params, 'structure.create')).toEqual({ type: 'structure.create', siret: SIRETS.durandSiege });
    expect(demoEvent(params, 'bank.add')).toBeUndefined();
    expect(demoEvent({}, 'structure.create')).toBeUndefined();
    expect(demoEvent({ event: '{oops' }, 'structure.create')).toBeUndefined();
    expect(demoEvent({ event: 'null' }, 'structure.create')).toBeUndefined();
  });
});
