/**
 * Accounts and the session: creation, activation link (60 minutes, resendable), login with the lock after
 * five wrong passwords, the two-factor code sent to the login address, logout.
 */
import { issue, type Issue } from '../issues';
import type {
  AccountActivate,
  AccountCreate,
  AccountResendActivation,
  SessionDismissPopup,
  SessionLogin,
  SessionVerifyCode,
} from '../events';
import { ACTIVATION_LINK_MINUTES, LOCK_MINUTES, MAX_FAILED_ATTEMPTS, type User, type World } from '../model';
import { rejectionPopup, userByLoginEmail } from '../queries';
import { checkEmail, checkPassword, normaliseEmail } from '../rules/account';
import { draw, logAction, nextId, sendMail, text, type Ctx } from './context';

const TOKEN_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Sends a fresh activation link to the login address; earlier links stop working. */
function sendActivation(w: World, user: User): void {
  const token = draw(w, TOKEN_ALPHABET, 12);
  user.activation = { token, expiresAt: w.now + ACTIVATION_LINK_MINUTES };
  sendMail(w, user.loginEmail, 'activation', { token, expiresAt: String(user.activation.expiresAt) });
}

/** Sends a new six-digit code to the login address of the session's user. */
function sendCode(w: World, user: User): void {
  const code = draw(w, '0123456789', 6);
  if (w.session) w.session.code = code;
  sendMail(w, user.loginEmail, 'code', { code });
}

export function createAccount({ w }: Ctx, e: AccountCreate): Issue[] {
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
    id: nextId(w, 'u'),
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

export function login(ctx: Ctx, e: SessionLogin): Issue[] {
  const { w } = ctx;
  if (w.session) return [issue('session.alreadyOpen', '')];
  const missing: Issue[] = [];
  if (e.loginEmail.trim() === '') missing.push(issue('field.required', 'loginEmail'));
  if (e.password === '') missing.push(issue('field.required', 'password'));
  if (missing.length > 0) return missing;
  const user = userByLoginEmail(w, e.loginEmail);
  // An unknown address gets the same answer as a wrong password: the portal does not reveal who has an account.
  if (!user) return [issue('auth.badCredentials', 'password')];
  if (user.lockedUntil !== null && w.now < user.lockedUntil) return [issue('auth.locked', 'loginEmail', { until: user.lockedUntil })];
  if (user.lockedUntil !== null) {
    user.lockedUntil = null;
    user.failedAttempts = 0;
  }
  if (user.password !== e.password) {
    user.failedAttempts += 1;
    ctx.keep = true;
    if (user.failedAttempts >= MAX_FAILED_ATTEMPTS) {
      user.lockedUntil = w.now + LOCK_MINUTES;
      return [issue('auth.locked', 'loginEmail', { until: user.lockedUntil })];
    }
    return [issue('auth.badCredentials', 'password', { remaining: MAX_FAILED_ATTEMPTS - user.failedAttempts })];
  }
  if (!user.activated) return [issue('account.notActivated', 'loginEmail')];
  user.failedAttempts = 0;
  w.session = { userId: user.id, stage: 'code', code: null, espaces: [], popupDismissed: false };
  sendCode(w, user);
  return [];
}

export function verifyCode({ w }: Ctx, e: SessionVerifyCode): Issue[] {
  const session = w.session;
  if (!session || session.stage !== 'code' || session.code === null) return [issue('auth.noCodePending', 'code')];
  const code = e.code.replace(/\s/g, '');
  if (code === '') return [issue('field.required', 'code')];
  if (code !== session.code) return [issue('auth.codeInvalid', 'code')];
  session.stage = 'open';
  session.code = null;
  // The menu is built at login: later subscriptions wait for the next login (facts §1.4).
  session.espaces = w.subscriptions
    .filter((s) => s.userId === session.userId)
    .map((s) => ({ siret: s.siret, espace: s.espace, mode: s.mode }));
  logAction(w, session.userId, 'session.login', session.userId);
  return [];
}

export function resendCode({ w }: Ctx): Issue[] {
  const session = w.session;
  const user = session ? w.users[session.userId] : undefined;
  if (!session || session.stage !== 'code' || !user) return [issue('auth.noCodePending', 'code')];
  sendCode(w, user);
  return [];
}

export function logout({ w }: Ctx): Issue[] {
  if (!w.session) return [issue('session.required', '')];
  w.session = null;
  return [];
}

export function dismissPopup({ w }: Ctx, _e: SessionDismissPopup): Issue[] {
  if (!w.session || w.session.stage !== 'open') return [issue('session.required', '')];
  const popup = rejectionPopup(w);
  if (popup.invoices.length === 0) return [issue('invoice.nothingToAcknowledge', '')];
  if (popup.mandatory) return [issue('session.popupMandatory', '')];
  w.session.popupDismissed = true;
  return [];
}
