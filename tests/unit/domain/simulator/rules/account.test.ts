import { describe, expect, it } from 'vitest';
import { checkEmail, checkPassword, normaliseEmail, PASSWORD_RULES } from '../../../../../src/domain/simulator/rules/account';

const codes = (issues: { code: string }[]) => issues.map((found) => found.code);

describe('account fields', () => {
  it('accepts ordinary addresses and refuses malformed ones', () => {
    expect(checkEmail('claire.durand@menuiserie-durand.example', 'loginEmail')).toEqual([]);
    for (const bad of ['claire', 'claire@', 'claire@durand', 'cl aire@durand.fr', '@durand.fr']) {
      expect(codes(checkEmail(bad, 'loginEmail'))).toEqual(['email.invalid']);
    }
    expect(codes(checkEmail('', 'loginEmail'))).toEqual(['field.required']);
    expect(normaliseEmail('  Claire.Durand@Example.FR ')).toBe('claire.durand@example.fr');
  });
  it('states the password policy and reports every unmet rule at once', () => {
    expect(PASSWORD_RULES).toHaveLength(5);
    expect(checkPassword('Copeaux&Rabot2026', 'Copeaux&Rabot2026')).toEqual([]);
    expect(codes(checkPassword('abc', 'abd'))).toEqual(['password.tooShort', 'password.uppercase', 'password.digit', 'password.special', 'password.mismatch']);
    expect(codes(checkPassword('ABCDEFGHIJKL', 'ABCDEFGHIJKL'))).toEqual(['password.lowercase', 'password.digit', 'password.special']);
    expect(codes(checkPassword('', ''))).toEqual(['field.required']);
  });
});
