/**
 * Account fields: e-mail addresses and the password policy shown next to the password field.
 *
 * The portal's exact password policy is not in the facts; the simulator states its own (below) on screen,
 * which is what the course needs: a visible rule, and a message for each unmet part of it.
 */
import { issue, type Issue } from '../issues';

/** The password policy, one sentence per rule, for the hint next to the field. */
export const PASSWORD_RULES = [
  '12 caractères au moins',
  'au moins une minuscule',
  'au moins une majuscule',
  'au moins un chiffre',
  'au moins un caractère spécial (par exemple ! ? @ # -)',
] as const;

export const PASSWORD_MIN_LENGTH = 12;

/** Lower-cases and trims an address: the portal treats e-mail addresses case-insensitively. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** A plain, strict-enough shape: one @, a dot in the domain, no spaces. */
export function checkEmail(raw: string, path: string): Issue[] {
  const value = raw.trim();
  if (value === '') return [issue('field.required', path)];
  if (value.length > 254 || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value)) return [issue('email.invalid', path)];
  return [];
}

/** Every unmet rule of the policy, so the learner sees them all at once. */
export function checkPassword(password: string, confirmation: string, path = 'password'): Issue[] {
  if (password === '') return [issue('field.required', path)];
  const issues: Issue[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) issues.push(issue('password.tooShort', path, { min: PASSWORD_MIN_LENGTH }));
  if (!/[a-z]/.test(password)) issues.push(issue('password.lowercase', path));
  if (!/[A-Z]/.test(password)) issues.push(issue('password.uppercase', path));
  if (!/\d/.test(password)) issues.push(issue('password.digit', path));
  if (!/[^A-Za-z0-9]/.test(password)) issues.push(issue('password.special', path));
  if (password !== confirmation) issues.push(issue('password.mismatch', 'passwordConfirmation'));
  return issues;
}
