/**
 * French company and bank identifiers, checked the way Chorus Pro checks them before any lookup.
 *
 * Facts §10: SIREN and SIRET use the Luhn key (with the La Poste exception for SIRET), the French VAT
 * number carries a numeric key derived from the SIREN, and an IBAN passes ISO 13616 (mod 97 = 1).
 * Each `check…` returns issues for one field so that a screen can show every problem of that field;
 * an empty array means the value is valid.
 */
import { issue, type Issue } from '../issues';

/** Removes the spaces (ordinary and no-break) a learner may type inside a number: « 732 829 320 00074 ». */
export function compact(value: string): string {
  return value.replace(/[\s\u00a0\u202f]/g, '');
}

/**
 * Luhn checksum on a string of digits: from the right, double every second digit, subtract 9 when the
 * result exceeds 9, and the total must be a multiple of 10.
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The digit to append to `digits` so that the whole passes Luhn (used to build fictional fixtures). */
export function luhnCheckDigit(digits: string): string {
  for (let candidate = 0; candidate <= 9; candidate++) {
    if (luhnValid(digits + String(candidate))) return String(candidate);
  }
  // Unreachable: one of the ten digits always completes a Luhn sum.
  throw new Error(`luhnCheckDigit: no digit completes ${digits}`);
}

/** Shared shape checks: required, digits only, exact length. Returns issues, or none when the shape is right. */
function digitShape(value: string, kind: 'siren' | 'siret', length: number, path: string): Issue[] {
  if (value === '') return [issue('field.required', path)];
  if (!/^\d+$/.test(value)) return [issue(`${kind}.notDigits`, path)];
  if (value.length !== length) return [issue(`${kind}.length`, path, { actual: value.length })];
  return [];
}

/** Checks a SIREN (9 digits, Luhn). Spaces are ignored. */
export function checkSiren(raw: string, path = 'siren'): Issue[] {
  const value = compact(raw);
  const shape = digitShape(value, 'siren', 9, path);
  if (shape.length > 0) return shape;
  return luhnValid(value) ? [] : [issue('siren.checksum', path)];
}

/** La Poste's establishments share SIREN 356000000 and use a digit-sum rule instead of Luhn (facts §10.2). */
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

function siretKeyValid(value: string): boolean {
  if (value.startsWith(LA_POSTE_SIREN) && value !== LA_POSTE_HEAD_OFFICE) {
    const digitSum = [...value].reduce((sum, digit) => sum + Number(digit), 0);
    return digitSum % 5 === 0;
  }
  return luhnValid(value);
}

/** Checks a SIRET (14 digits: its SIREN must pass Luhn, and the whole number Luhn or the La Poste rule). */
export function checkSiret(raw: string, path = 'siret'): Issue[] {
  const value = compact(raw);
  const shape = digitShape(value, 'siret', 14, path);
  if (shape.length > 0) return shape;
  return luhnValid(value.slice(0, 9)) && siretKeyValid(value) ? [] : [issue('siret.checksum', path)];
}

/** True when `raw` is a well-formed SIRET (shortcut for places that only need a yes/no). */
export function isSiret(raw: string): boolean {
  return checkSiret(raw).length === 0;
}

/** The two-digit numeric VAT key of a SIREN: (12 + 3 × (SIREN mod 97)) mod 97, zero-padded. */
export function vatKey(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return String(key).padStart(2, '0');
}

/** The French intra-community VAT number of a SIREN: `FR` + key + SIREN (e.g. FR44732829320). */
export function vatNumberFor(siren: string): string {
  return `FR${vatKey(siren)}${siren}`;
}

/**
 * Checks a French VAT number with a numeric key. New-style keys with letters and Monaco numbers exist
 * (facts §10.3) but the simulator only offers French companies, so it accepts numeric keys only.
 */
export function checkVatNumber(raw: string, path = 'vat'): Issue[] {
  const value = compact(raw).toUpperCase();
  if (value === '') return [issue('field.required', path)];
  if (!/^FR\d{11}$/.test(value)) return [issue('vat.format', path)];
  const siren = value.slice(4);
  if (!luhnValid(siren)) return [issue('vat.sirenChecksum', path)];
  return value.slice(2, 4) === vatKey(siren) ? [] : [issue('vat.key', path)];
}

/** An IBAN without spaces, in capitals, as it is stored. */
export function normaliseIban(raw: string): string {
  return compact(raw).toUpperCase();
}

/** ISO 7064 mod 97-10 on an IBAN: the first four characters move to the end, letters become 10…35. */
function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    // Digit by digit keeps the running number far below 2^53, whatever the IBAN's length.
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/**
 * Checks an IBAN (ISO 13616). A French IBAN has 27 characters; other countries are accepted between 15 and
 * 34 characters, because a supplier may be paid on a foreign account, but only the checksum is verified.
 */
export function checkIban(raw: string, path = 'iban'): Issue[] {
  const value = normaliseIban(raw);
  if (value === '') return [issue('field.required', path)];
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value)) return [issue('iban.format', path)];
  if (value.startsWith('FR') && value.length !== 27) {
    return [issue('iban.length', path, { length: 27, actual: value.length })];
  }
  if (value.length < 15 || value.length > 34) return [issue('iban.format', path)];
  return ibanMod97(value) === 1 ? [] : [issue('iban.checksum', path)];
}

/** The IBAN as printed for people: groups of four characters (`FR76 3000 6000 0112 3456 7890 189`). */
export function formatIban(raw: string): string {
  return normaliseIban(raw).replace(/(.{4})(?=.)/g, '$1 ');
}

/** Builds a valid French IBAN from its 23-character BBAN by computing the two check digits (fixtures). */
export function frenchIbanFromBban(bban: string): string {
  const check = 98 - ibanMod97(`FR00${bban}`);
  return `FR${String(check).padStart(2, '0')}${bban}`;
}
