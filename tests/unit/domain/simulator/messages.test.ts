import { describe, expect, it } from 'vitest';
import type { Issue, IssueCode, IssueParamMap } from '../../../../src/domain/simulator/issues';
import { message, typography } from '../../../../src/domain/simulator';
import { MESSAGE_CODES } from '../../../../src/domain/simulator/messages-all';
import { minutesFromIso } from '../../../../src/domain/simulator/rules/dates';

/** Every parameter any code has (the intersection of IssueParamMap's entries): one sample fits every message. */
type EveryParam = { [C in IssueCode]: (params: IssueParamMap[C]) => void }[IssueCode] extends (params: infer All) => void ? All : never;

const SAMPLE_PARAMS: Required<EveryParam> = {
  max: 50,
  min: 3,
  actual: 7,
  length: 14,
  expected: 123_45,
  amount: 1_000_00,
  requested: 2,
  until: minutesFromIso('2026-03-02T10:05Z'),
  remaining: 2,
  siret: '21450125600019',
  espace: 'facturesEmises',
  invoiceId: 'f1',
  status: 'Rejetée',
  action: 'Acquitter',
  number: 'FA-1',
  code: 'X',
  recipient: 'Commune de Valmont-sur-Loire',
  cadre: 'A9',
  cadres: 'A15,A16',
  parent: 'A14',
  numero: 'M-2026-01',
  role: 'titulaire',
  valideur: 'Bâtiments du Val',
  titulaire: 'Bâtiments du Val',
  engagement: 'EJ-1',
  extension: 'exe',
};

describe('messages', () => {
  it.each(MESSAGE_CODES)('has a French message for « %s »', (code: IssueCode) => {
    const text = message({ code, path: '', params: SAMPLE_PARAMS } as Issue);
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|NaN|\{/);
    // French spacing: never an ordinary space before « : ; ! ? » or inside « ».
    expect(text).not.toMatch(/ [:;!?»]|« /);
  });
  it('covers at least the codes the simulator is known to raise', () => {
    for (const code of ['siret.checksum', 'invoice.wrongStatus', 'recipient.codeServiceRequired', 'auth.locked'] as const) expect(MESSAGE_CODES).toContain(code);
  });
  it('applies French typographic spacing', () => {
    expect(typography('Attention : « Rejetée » ; vraiment ? oui ! 10 Mo, 20 %')).toBe(
      'Attention\u00a0: «\u00a0Rejetée\u00a0»\u202f; vraiment\u202f? oui\u202f! 10\u00a0Mo, 20\u00a0%',
    );
  });
  it('prints the lock end and amounts for people', () => {
    expect(message({ code: 'auth.locked', path: '', params: { until: minutesFromIso('2026-03-02T10:05Z') } })).toContain('10 h 05 le 02/03/2026');
    expect(message({ code: 'money.htMismatch', path: '', params: { expected: 123_45 } })).toContain('123,45\u00a0€');
    expect(message({ code: 'espace.notOpen', path: '', params: { espace: 'facturesEmises' } })).toContain('«\u00a0Factures émises\u00a0»');
    expect(message({ code: 'auth.badCredentials', path: '', params: {} })).toBe('Identifiant ou mot de passe incorrect.');
  });
});
