import { describe, expect, it } from 'vitest';
import {
  checkDeclaredTotals,
  checkLine,
  computeTotals,
  divRoundHalfUp,
  formatEuros,
  formatRate,
  lineHt,
  vatOn,
  vatSummary,
  VAT_RATES,
  type LineInput,
} from '../../../../../src/domain/simulator/rules/money';

const line = (over: Partial<LineInput> = {}): LineInput => ({ designation: 'Prestation', quantity: 1, unitPriceCents: 100_00, discountCents: 0, vatRate: 2000, ...over });
const codes = (issues: { code: string }[]) => issues.map((found) => found.code);

describe('money in cents', () => {
  it('knows the four French VAT rates in basis points', () => {
    expect(VAT_RATES).toEqual([2000, 1000, 550, 210]);
  });
  it('rounds half up to the cent', () => {
    expect(divRoundHalfUp(5, 2)).toBe(3);
    expect(divRoundHalfUp(4, 2)).toBe(2);
    expect(divRoundHalfUp(-5, 2)).toBe(-3);
    expect(vatOn(1_05, 550)).toBe(6); // 5,775 c → 6 c
    expect(vatOn(1_00, 210)).toBe(2); // 2,1 c → 2 c
  });
  it('computes a line with a decimal quantity and a discount', () => {
    expect(lineHt({ quantity: 12.5, unitPriceCents: 38_40, discountCents: 0 })).toBe(480_00);
    expect(lineHt({ quantity: 0.333, unitPriceCents: 1_00, discountCents: 0 })).toBe(33);
    expect(lineHt({ quantity: 2, unitPriceCents: 10_00, discountCents: 1_50 })).toBe(18_50);
  });
  it('sums VAT per rate on the base of that rate, not line by line', () => {
    // Three lines of 0,05 € at 5,5 %: line by line 0 + 0 + 0 c; on the base of 15 c: 0,825 → 1 c.
    const lines = [line({ unitPriceCents: 5, vatRate: 550 }), line({ unitPriceCents: 5, vatRate: 550 }), line({ unitPriceCents: 5, vatRate: 550 })];
    expect(vatSummary(lines)).toEqual([{ rate: 550, baseHt: 15, tva: 1 }]);
  });
  it('lists the VAT summary highest rate first and totals HT + TVA = TTC', () => {
    const lines = [line({ unitPriceCents: 100_00, vatRate: 550 }), line({ unitPriceCents: 200_00, vatRate: 2000 }), line({ unitPriceCents: 50_00, vatRate: 2000 })];
    expect(vatSummary(lines).map((row) => row.rate)).toEqual([2000, 550]);
    expect(computeTotals(lines)).toEqual({ ht: 350_00, tva: 50_00 + 5_50, ttc: 405_50 });
  });
  it('formats amounts and rates the French way', () => {
    expect(formatEuros(1_234_567)).toBe('12\u202f345,67\u00a0€');
    expect(formatEuros(-5)).toBe('-0,05\u00a0€');
    expect(formatRate(550)).toBe('5,5\u00a0%');
  });
});

describe('checking a line', () => {
  it('accepts a sound line', () => {
    expect(checkLine(line(), 'TVA_SUR_DEBIT', 'lines.0')).toEqual([]);
  });
  it('refuses an empty designation, a bad quantity, non-cents, negative amounts and unknown rates', () => {
    expect(codes(checkLine(line({ designation: ' ' }), 'TVA_SUR_DEBIT', 'l'))).toEqual(['field.required']);
    expect(codes(checkLine(line({ designation: 'x'.repeat(201) }), 'TVA_SUR_DEBIT', 'l'))).toEqual(['field.tooLong']);
    expect(codes(checkLine(line({ quantity: 0 }), 'TVA_SUR_DEBIT', 'l'))).toEqual(['money.quantity']);
    expect(codes(checkLine(line({ quantity: 1.0005 }), 'TVA_SUR_DEBIT', 'l'))).toEqual(['money.quantity']);
    expect(codes(checkLine(line({ quantity: Number.NaN }), 'TVA_SUR_DEBIT', 'l'))).toEqual(['money.quantity']);
    expect(codes(checkLine(line({ unitPriceCents: 10.5 }), 'TVA_SUR_DEBIT', 'l'))).toEqual(['money.notCents']);
    expect(codes(checkLine(line({ unitPriceCents: -1 }), 'TVA_SUR_DEBIT', 'l'))).toEqual(['money.negative']);
    expect(codes(checkLine(line({ vatRate: 1960 }), 'TVA_SUR_DEBIT', 'l'))).toEqual(['money.vatRate']);
    expect(checkLine(line({ vatRate: 0 }), 'TVA_SUR_DEBIT', 'lines.2')[0]?.path).toBe('lines.2.vatRate');
  });
  it('refuses a discount larger than the line', () => {
    expect(codes(checkLine(line({ discountCents: 100_01 }), 'TVA_SUR_DEBIT', 'l'))).toEqual(['money.negative']);
  });
  it('wants the rate 0 with « Exonération » or « Sans TVA », and only then', () => {
    expect(checkLine(line({ vatRate: 0 }), 'EXONERATION', 'l')).toEqual([]);
    expect(codes(checkLine(line({ vatRate: 2000 }), 'SANS_TVA', 'l'))).toEqual(['money.vatRateMustBeZero']);
  });
});

describe('checking declared totals', () => {
  const lines = [line({ unitPriceCents: 100_00 }), line({ unitPriceCents: 33_33, vatRate: 1000 })];
  it('accepts totals equal to the computed ones', () => {
    expect(checkDeclaredTotals(lines, computeTotals(lines), 'totals')).toEqual([]);
  });
  it('reports each total that does not match, with the expected amount', () => {
    const computed = computeTotals(lines);
    expect(checkDeclaredTotals(lines, { ht: computed.ht + 1, tva: computed.tva, ttc: computed.ttc + 1 }, 'totals')).toEqual([
      { code: 'money.htMismatch', path: 'totals.ht', params: { expected: computed.ht } },
    ]);
    expect(codes(checkDeclaredTotals(lines, { ht: computed.ht, tva: computed.tva - 1, ttc: computed.ttc }, 'totals'))).toEqual([
      'money.tvaMismatch',
      'money.ttcMismatch',
    ]);
  });
  it('refuses totals that are not cents before comparing', () => {
    expect(codes(checkDeclaredTotals(lines, { ht: 1.5, tva: 0, ttc: -1 }, 'totals'))).toEqual(['money.notCents', 'money.negative']);
  });
});
