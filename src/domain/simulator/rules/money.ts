/**
 * Money in integer cents and the French VAT computation of an invoice.
 *
 * Amounts are integers (cents) so that sums never drift; quantities may have up to three decimals
 * (1,5 heure, 0,125 tonne). Rounding is stated once, here:
 * - a line's net amount (HT) = quantity × unit price − discount, rounded half up to the cent;
 * - VAT is computed per rate on the sum of the line amounts at that rate (the « récapitulatif TVA »),
 *   rounded half up to the cent — never line by line, so the summary is what the invoice shows;
 * - TTC = HT + TVA exactly.
 * Declared totals (typed by the supplier) must match these to the cent.
 */
import { at, issue, type Issue } from '../issues';

/** The four French VAT rates in basis points (20 %, 10 %, 5,5 %, 2,1 %) — facts §10.5. */
export const VAT_RATES = [2000, 1000, 550, 210] as const;
export type VatRate = (typeof VAT_RATES)[number];

/** Type de TVA of the « Références » block (facts §2.3). */
export type VatType = 'TVA_SUR_DEBIT' | 'TVA_SUR_ENCAISSEMENT' | 'EXONERATION' | 'SANS_TVA';
export const VAT_TYPE_LABELS: Readonly<Record<VatType, string>> = {
  TVA_SUR_DEBIT: 'TVA sur débit',
  TVA_SUR_ENCAISSEMENT: 'TVA sur encaissement',
  EXONERATION: 'Exonération',
  SANS_TVA: 'Sans TVA',
};

/** With these types of VAT, every line carries the rate 0. */
export function vatTypeWithoutTax(type: VatType): boolean {
  return type === 'EXONERATION' || type === 'SANS_TVA';
}

/** One line as typed in « Lignes de poste ». */
export interface LineInput {
  designation: string;
  /** Up to three decimals. */
  quantity: number;
  /** Unit price excluding VAT, in cents. */
  unitPriceCents: number;
  /** Discount on the line excluding VAT, in cents (0 when none). */
  discountCents: number;
  /** Basis points: one of VAT_RATES, or 0 when the type of VAT is « Exonération » / « Sans TVA ». */
  vatRate: number;
}

/** Totals of an invoice, all in cents. */
export interface Totals {
  ht: number;
  tva: number;
  ttc: number;
}

/** One row of the « Récapitulatif TVA ». */
export interface VatSummaryRow {
  rate: number;
  baseHt: number;
  tva: number;
}

/** `numerator / denominator` rounded half up (away from zero for the positive amounts used here). */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator) < 0 ? -1 : 1;
  const a = Math.abs(numerator);
  const b = Math.abs(denominator);
  return sign * Math.floor((2 * a + b) / (2 * b));
}

/** A line's net amount in cents (see the rounding note at the top of this file). */
export function lineHt(line: Pick<LineInput, 'quantity' | 'unitPriceCents' | 'discountCents'>): number {
  const thousandths = Math.round(line.quantity * 1000);
  return divRoundHalfUp(thousandths * line.unitPriceCents, 1000) - line.discountCents;
}

/** VAT on a base: base × rate / 10 000, rounded half up to the cent. */
export function vatOn(baseHt: number, rate: number): number {
  return divRoundHalfUp(baseHt * rate, 10_000);
}

/** The « Récapitulatif TVA »: one row per rate used, highest rate first. */
export function vatSummary(lines: readonly LineInput[]): VatSummaryRow[] {
  const bases = new Map<number, number>();
  for (const line of lines) bases.set(line.vatRate, (bases.get(line.vatRate) ?? 0) + lineHt(line));
  return [...bases.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, baseHt]) => ({ rate, baseHt, tva: vatOn(baseHt, rate) }));
}

/** HT, TVA and TTC computed from the lines. */
export function computeTotals(lines: readonly LineInput[]): Totals {
  const summary = vatSummary(lines);
  const ht = summary.reduce((sum, row) => sum + row.baseHt, 0);
  const tva = summary.reduce((sum, row) => sum + row.tva, 0);
  return { ht, tva, ttc: ht + tva };
}

/** True for a whole number of cents within the safe range (so that sums stay exact). */
function isCents(value: number): boolean {
  return Number.isSafeInteger(value) && Math.abs(value) <= 100_000_000_000;
}

/** Checks one amount field in cents: a whole, non-negative number of cents. */
export function checkCents(value: number, path: string): Issue[] {
  if (!isCents(value)) return [issue('money.notCents', path)];
  return value < 0 ? [issue('money.negative', path)] : [];
}

/** Checks one line: designation, quantity (> 0, three decimals at most), amounts, rate allowed by the type of VAT. */
export function checkLine(line: LineInput, vatType: VatType, path: string): Issue[] {
  const issues: Issue[] = [];
  if (line.designation.trim() === '') issues.push(issue('field.required', at(path, 'designation')));
  else if (line.designation.length > 200) issues.push(issue('field.tooLong', at(path, 'designation'), { max: 200 }));
  const thousandths = line.quantity * 1000;
  if (!Number.isFinite(thousandths) || line.quantity <= 0 || line.quantity > 1_000_000 || Math.abs(thousandths - Math.round(thousandths)) > 1e-6) {
    issues.push(issue('money.quantity', at(path, 'quantity')));
  }
  issues.push(...checkCents(line.unitPriceCents, at(path, 'unitPriceCents')));
  issues.push(...checkCents(line.discountCents, at(path, 'discountCents')));
  if (vatTypeWithoutTax(vatType)) {
    if (line.vatRate !== 0) issues.push(issue('money.vatRateMustBeZero', at(path, 'vatRate')));
  } else if (!(VAT_RATES as readonly number[]).includes(line.vatRate)) {
    issues.push(issue('money.vatRate', at(path, 'vatRate')));
  }
  if (issues.length === 0 && lineHt(line) < 0) issues.push(issue('money.negative', at(path, 'discountCents')));
  return issues;
}

/**
 * Checks totals typed by the supplier against the lines: HT and TVA must equal the computed ones, and TTC
 * must equal HT + TVA. Only call it on lines that passed `checkLine`.
 */
export function checkDeclaredTotals(lines: readonly LineInput[], declared: Totals, path: string): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['ht', 'tva', 'ttc'] as const) issues.push(...checkCents(declared[key], at(path, key)));
  if (issues.length > 0) return issues;
  const computed = computeTotals(lines);
  if (declared.ht !== computed.ht) issues.push(issue('money.htMismatch', at(path, 'ht'), { expected: computed.ht }));
  if (declared.tva !== computed.tva) issues.push(issue('money.tvaMismatch', at(path, 'tva'), { expected: computed.tva }));
  if (declared.ttc !== declared.ht + declared.tva) {
    issues.push(issue('money.ttcMismatch', at(path, 'ttc'), { expected: declared.ht + declared.tva }));
  }
  return issues;
}

/** Formats cents the French way: `1234567` → « 12 345,67 € » (narrow no-break spaces, as the portal prints). */
export function formatEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')}\u00a0€`;
}

/** Formats a rate in basis points: `550` → « 5,5 % ». */
export function formatRate(rate: number): string {
  return `${String(rate / 100).replace('.', ',')}\u00a0%`;
}
