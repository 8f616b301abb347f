/** Account creation and its activation link (60 minutes, resendable). */
import { issue, type Issue } from '../issues';
import type { AccountActivate, AccountCreate, AccountResendActivation } from '../events';
import { ACTIVATION_LINK_MINUTES, type User, type World } from '../model';
import { userByLoginEmail } from '../queries';
import { checkEmail, checkPassword, normaliseEmail } from '../rules/account';
import { created, draw, logAction, nextId, sendMail, text, type Ctx } from './context';

const TOKEN_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Sends a fresh activation link to the login address; earlier links stop working. */
function sendActivation(w: World, user: User): void {
  const token = draw(w, TOKEN_ALPHABET, 12);
  user.activation = { token, expiresAt: w.now + ACTIVATION_LINK_MINUTES };
  sendMail(w, user.loginEmail, 'activation', { token, expiresAt: String(user.activation.expiresAt) });
}

export function createAccount(ctx: Ctx, e: AccountCreate): Issue[] {
  const { w } = ctx;
  const issues: Issue[] = [...checkEmail(e.loginEmail, 'loginEmail')];
  if (e.contactEmail.trim() !== '') issues.push(...checkEmail(e.contactEmail, 'contactEmail'));
  const firstName = text(e.firstName, 'firstName', 100, true);
  const lastName = text(e.lastName, 'lastName', 100, true);
  issues.push(...firstName.issues, ...lastName.issues, ...checkPassword(e.password, e.passwordConfirmation));
  if (!e.acceptTerms) issues.push(issue('account.termsNotAccepted', 'acceptTerms'));
  const loginEmail = normaliseEmail(e.loginEmail);
  if (issues.length === 0 && userByLoginEmail(w, loginEmail)) issues.push(issue('account.loginEmailTaken', 'loginEmail'));
  if (issues.length > 0) return issues;
  const user: User = {
    id: created(ctx, 'user', nextId(w, 'u')),
    loginEmail,
    contactEmail: e.contactEmail.trim() === '' ? loginEmail : normaliseEmail(e.contactEmail),
    firstName: firstName.value,
    lastName: lastName.value,
    password: e.password,
    activated: false,
    activation: null,
    failedAttempts: 0,
    lockedUntil: null,
    createdAt: w.now,
  };
  w.users[user.id] = user;
  sendActivation(w, user);
  logAction(w, user.id, 'account.created', user.id);
  return [];
}

export function activateAccount({ w }: Ctx, e: AccountActivate): Issue[] {
  const token = e.token.trim();
  if (token === '') return [issue('field.required', 'token')];
  const user = Object.values(w.users).find((u) => u.activation?.token === token);
  if (!user?.activation) return [issue('account.activationUnknown', 'token')];
  if (user.activated) return [issue('account.alreadyActive', 'token')];
  // The link works for 60 minutes: at minute 60 it is already dead.
  if (w.now >= user.activation.expiresAt) return [issue('account.activationExpired', 'token')];
  user.activated = true;
  user.activation = null;
  logAction(w, user.id, 'account.activated', user.id);
  return [];
}

export function resendActivation({ w }: Ctx, e: AccountResendActivation): Issue[] {
  const shape = checkEmail(e.loginEmail, 'loginEmail');
  if (shape.length > 0) return shape;
  const user = userByLoginEmail(w, e.loginEmail);
  if (!user) return [issue('account.unknownEmail', 'loginEmail')];
  if (user.activated) return [issue('account.alreadyActive', 'loginEmail')];
  sendActivation(w, user);
  return [];
}

