/**
 * Amounts as the learner types them in the invoice form: euros with a French comma (« 1 234,50 »), turned
 * into the integer cents the simulator works with. Anything unreadable becomes NaN, which the simulator
 * refuses with its own message (« Le montant n'est pas valide… »): the screen decides no rule.
 */

/** Removes spaces (ordinary, no-break, thin) and the euro sign, and reads a comma as the decimal point. */
function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
}

const NUMBER = /^\d+(\.\d*)?$|^\.\d+$/;

/** « 1 234,5 » → 123450; '' → NaN; three decimals or more → a non-integer (refused as « deux décimales au plus »). */
export function parseEuros(text: string): number {
  const value = normalise(text);
  if (!NUMBER.test(value)) return Number.NaN;
  const [whole = '0', decimals = ''] = value.split('.');
  const cents = Number(whole || '0') * 100 + Number((decimals + '00').slice(0, 2));
  return decimals.length > 2 ? cents + Number(`0.${decimals.slice(2)}`) : cents;
}

/** « 12,5 » → 12.5; unreadable → NaN (the simulator checks the three decimals). */
export function parseQuantity(text: string): number {
  const value = normalise(text);
  return NUMBER.test(value) ? Number(value) : Number.NaN;
}

/** Cents back to the form's text: 123450 → « 1234,50 ». */
export function eurosText(cents: number): string {
  if (!Number.isFinite(cents)) return '';
  return `${Math.floor(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
}

/** A quantity back to the form's text: 12.5 → « 12,5 ». */
export function quantityText(quantity: number): string {
  return Number.isFinite(quantity) ? String(quantity).replace('.', ',') : '';
}
