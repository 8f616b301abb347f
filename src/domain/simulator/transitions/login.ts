/** Logging in: the password with the lock after five wrong ones, then the two-factor code sent by e-mail. */
import { issue, type Issue } from '../issues';
import type { SessionLogin, SessionVerifyCode } from '../events';
import { LOCK_MINUTES, MAX_FAILED_ATTEMPTS, type User, type World } from '../model';
import { userByLoginEmail } from '../queries';
import { draw, logAction, sendMail, type Ctx } from './context';

/** Sends a new six-digit code to the login address of the session's user. */
function sendCode(w: World, user: User): void {
  const code = draw(w, '0123456789', 6);
  if (w.session) w.session.code = code;
  sendMail(w, user.loginEmail, 'code', { code });
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

