import { describe, expect, it } from 'vitest';
import {
  checkIban,
  checkSiren,
  checkSiret,
  checkVatNumber,
  compact,
  formatIban,
  frenchIbanFromBban,
  isSiret,
  luhnCheckDigit,
  luhnValid,
  vatKey,
  vatNumberFor,
} from '../../../../../src/domain/simulator/rules/identifiers';

const codes = (issues: { code: string }[]) => issues.map((found) => found.code);

describe('SIREN', () => {
  it.each(['404833048', '732829320', '552008443', '123456782'])('accepts the valid SIREN %s', (siren) => {
    expect(checkSiren(siren)).toEqual([]);
  });
  it('refuses a SIREN whose Luhn key is wrong', () => {
    expect(codes(checkSiren('404833047'))).toEqual(['siren.checksum']);
  });
  it('says which shape rule a SIREN breaks: empty, letters, length', () => {
    expect(codes(checkSiren(''))).toEqual(['field.required']);
    expect(codes(checkSiren('40483304A'))).toEqual(['siren.notDigits']);
    expect(checkSiren('4048330')).toEqual([{ code: 'siren.length', path: 'siren', params: { actual: 7 } }]);
  });
  it('ignores the spaces a learner types between groups of digits', () => {
    expect(checkSiren('404 833 048')).toEqual([]);
    expect(compact('732\u00a0829\u202f320 00074')).toBe('73282932000074');
  });
});

describe('SIRET', () => {
  it.each(['73282932000074', '12345678200010', '35600000000048'])('accepts the valid SIRET %s', (siret) => {
    expect(checkSiret(siret)).toEqual([]);
  });
  it('refuses a SIRET whose Luhn key is wrong', () => {
    expect(codes(checkSiret('73282932000079'))).toEqual(['siret.checksum']);
  });
  it('applies the La Poste rule (digit sum divisible by 5) to La Poste establishments other than the head office', () => {
    expect(luhnValid('35600000049837')).toBe(false);
    expect(checkSiret('35600000049837')).toEqual([]);
    expect(codes(checkSiret('35600000049838'))).toEqual(['siret.checksum']);
  });
  it('refuses a SIRET whose whole number passes Luhn but whose SIREN does not', () => {
    // 404833047 fails Luhn; find a NIC making the 14 digits Luhn-valid anyway.
    const prefix = '4048330470001';
    const siret = prefix + luhnCheckDigit(prefix);
    expect(luhnValid(siret)).toBe(true);
    expect(codes(checkSiret(siret))).toEqual(['siret.checksum']);
  });
  it('reports length, letters and emptiness with the field path given', () => {
    expect(checkSiret('7328293200007', 'recipientSiret')).toEqual([
      { code: 'siret.length', path: 'recipientSiret', params: { actual: 13 } },
    ]);
    expect(codes(checkSiret('7328293200007X'))).toEqual(['siret.notDigits']);
    expect(codes(checkSiret('  '))).toEqual(['field.required']);
    expect(isSiret('73282932000074')).toBe(true);
    expect(isSiret('73282932000079')).toBe(false);
  });
});

describe('French VAT number', () => {
  it.each([
    ['732829320', 'FR44732829320'],
    ['443121975', 'FR46443121975'],
    ['404833048', 'FR83404833048'],
    ['123456782', 'FR11123456782'],
  ])('derives the key of SIREN %s: %s', (siren, vat) => {
    expect(vatNumberFor(siren)).toBe(vat);
    expect(checkVatNumber(vat)).toEqual([]);
  });
  it('pads a key below 10 with a zero', () => {
    const siren = ['000000000', '100000009', '123456782', '552008443', '404833048'].find((s) => Number(vatKey(s)) < 10);
    expect(vatKey('000000000')).toBe('12');
    if (siren) expect(vatKey(siren)).toHaveLength(2);
  });
  it('refuses a wrong key, a wrong SIREN and a wrong shape', () => {
    expect(codes(checkVatNumber('FR45732829320'))).toEqual(['vat.key']);
    expect(codes(checkVatNumber('FR44732829321'))).toEqual(['vat.sirenChecksum']);
    expect(codes(checkVatNumber('DE44732829320'))).toEqual(['vat.format']);
    expect(codes(checkVatNumber('FRAB732829320'))).toEqual(['vat.format']);
    expect(codes(checkVatNumber(''))).toEqual(['field.required']);
  });
  it('accepts lower case and spaces', () => {
    expect(checkVatNumber('fr 44 732 829 320')).toEqual([]);
  });
});

describe('IBAN', () => {
  it('accepts the classic French example and prints it in groups of four', () => {
    expect(checkIban('FR76 3000 6000 0112 3456 7890 189')).toEqual([]);
    expect(formatIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });
  it('refuses a French IBAN with a wrong check', () => {
    expect(codes(checkIban('FR7630006000011234567890188'))).toEqual(['iban.checksum']);
  });
  it('requires 27 characters for a French IBAN', () => {
    expect(checkIban('FR763000600001123456789018')).toEqual([{ code: 'iban.length', path: 'iban', params: { length: 27, actual: 26 } }]);
  });
  it('accepts a valid foreign IBAN and refuses malformed ones', () => {
    expect(checkIban('DE89 3704 0044 0532 0130 00')).toEqual([]);
    expect(codes(checkIban('DE8937040044'))).toEqual(['iban.format']);
    expect(codes(checkIban('1234'))).toEqual(['iban.format']);
    expect(codes(checkIban('FR76-3000'))).toEqual(['iban.format']);
    expect(codes(checkIban(''))).toEqual(['field.required']);
  });
  it('builds valid IBANs from a BBAN, letters included', () => {
    for (const bban of ['30006000011234567890189', '20041010050500013M02606']) {
      const iban = frenchIbanFromBban(bban);
      expect(iban).toHaveLength(27);
      expect(checkIban(iban)).toEqual([]);
    }
    expect(frenchIbanFromBban('30006000011234567890189')).toBe('FR7630006000011234567890189');
  });
});
