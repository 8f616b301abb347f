import { describe, expect, it } from 'vitest';
import { COMPANIES, createWorld, IBANS, PEOPLE, RECIPIENTS, run, SIRETS, supplierWorld } from '../../../../src/domain/simulator/fixtures';
import { invariants } from '../../../../src/domain/simulator/invariants';
import { checkPassword } from '../../../../src/domain/simulator/rules/account';
import { checkIban, checkSiret } from '../../../../src/domain/simulator/rules/identifiers';

describe('fixtures', () => {
  it('only use SIRETs that pass the checksum, each once', () => {
    const sirets = [...COMPANIES.map((c) => c.siret), ...RECIPIENTS.map((r) => r.siret)];
    for (const siret of sirets) expect(checkSiret(siret)).toEqual([]);
    expect(new Set(Object.values(SIRETS)).size).toBe(Object.values(SIRETS).length);
    expect(new Set(sirets).size).toBe(sirets.length);
  });
  it('offer one public recipient of each requirement, an inactive one, and a closed company', () => {
    expect(new Set(RECIPIENTS.map((r) => r.requirement))).toEqual(new Set(['aucun', 'codeService', 'engagement', 'codeServiceEtEngagement', 'codeServiceOuEngagement']));
    expect(RECIPIENTS.some((r) => !r.active)).toBe(true);
    expect(COMPANIES.some((c) => !c.active)).toBe(true);
  });
  it('use valid IBANs, policy-compliant passwords and reserved e-mail domains', () => {
    for (const iban of Object.values(IBANS)) expect(checkIban(iban)).toEqual([]);
    for (const person of Object.values(PEOPLE)) {
      expect(checkPassword(person.password, person.password)).toEqual([]);
      expect(person.loginEmail).toMatch(/\.example$/);
    }
  });
  it('build sound worlds, and refuse a broken fixture loudly', () => {
    expect(invariants(createWorld())).toEqual([]);
    expect(invariants(supplierWorld())).toEqual([]);
    expect(() => createWorld({ start: 'lundi' })).toThrow(/unreadable start/);
    expect(() => run(createWorld(), { type: 'session.logout' })).toThrow(/session.logout refused/);
  });
});
