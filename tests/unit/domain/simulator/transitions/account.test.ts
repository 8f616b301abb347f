import { describe, expect, it } from 'vitest';
import { createWorld, loginAs, PEOPLE, run, withAccount } from '../../../../../src/domain/simulator/fixtures';
import { ACTIVATION_LINK_MINUTES, LOCK_MINUTES } from '../../../../../src/domain/simulator/model';
import { mailbox } from '../../../../../src/domain/simulator/queries';
import { transition } from '../../../../../src/domain/simulator';
import { ok, refused } from '../helpers';

const claire = PEOPLE.claire;
const create = { type: 'account.create', ...claire, passwordConfirmation: claire.password, acceptTerms: true } as const;

describe('account creation', () => {
  it('creates an inactive account and mails the activation link to the login address, not the contact address', () => {
    const world = ok(createWorld(), create);
    const user = Object.values(world.users)[0];
    expect(user).toMatchObject({ loginEmail: claire.loginEmail, contactEmail: claire.contactEmail, activated: false });
    expect(mailbox(world, claire.loginEmail).map((mail) => mail.kind)).toEqual(['activation']);
    expect(mailbox(world, claire.contactEmail)).toEqual([]);
    expect(user?.activation?.expiresAt).toBe(world.now + ACTIVATION_LINK_MINUTES);
  });
  it('uses the login address as contact address when none is given', () => {
    const world = ok(createWorld(), { ...create, contactEmail: '  ' });
    expect(Object.values(world.users)[0]?.contactEmail).toBe(claire.loginEmail);
  });
  it('reports every wrong field at once', () => {
    const codes = refused(createWorld(), {
      type: 'account.create',
      loginEmail: 'claire',
      contactEmail: 'compta@',
      firstName: '',
      lastName: 'Durand',
      password: 'court',
      passwordConfirmation: 'autre',
      acceptTerms: false,
    });
    expect(codes).toEqual([
      'email.invalid',
      'email.invalid',
      'field.required',
      'password.tooShort',
      'password.uppercase',
      'password.digit',
      'password.special',
      'password.mismatch',
      'account.termsNotAccepted',
    ]);
  });
  it('refuses a second account with the same login address, whatever its case', () => {
    const world = ok(createWorld(), create);
    expect(refused(world, { ...create, loginEmail: claire.loginEmail.toUpperCase() })).toEqual(['account.loginEmailTaken']);
  });
});

describe('activation link', () => {
  const token = (world: ReturnType<typeof createWorld>) => Object.values(world.users)[0]?.activation?.token ?? '';

  it('activates the account within 60 minutes', () => {
    const created = run(createWorld(), create, { type: 'clock.advance', minutes: ACTIVATION_LINK_MINUTES - 1 });
    const world = ok(created, { type: 'account.activate', token: token(created) });
    expect(Object.values(world.users)[0]?.activated).toBe(true);
  });
  it('refuses an expired link, and a resent link works while the old one no longer does', () => {
    const created = run(createWorld(), create, { type: 'clock.advance', minutes: ACTIVATION_LINK_MINUTES });
    const oldToken = token(created);
    expect(refused(created, { type: 'account.activate', token: oldToken })).toEqual(['account.activationExpired']);
    const resent = ok(created, { type: 'account.resendActivation', loginEmail: claire.loginEmail });
    expect(mailbox(resent, claire.loginEmail)).toHaveLength(2);
    expect(token(resent)).not.toBe(oldToken);
    expect(refused(resent, { type: 'account.activate', token: oldToken })).toEqual(['account.activationUnknown']);
    ok(resent, { type: 'account.activate', token: token(resent) });
  });
  it('refuses an empty or unknown token, a resend to an unknown or active account', () => {
    const created = ok(createWorld(), create);
    expect(refused(created, { type: 'account.activate', token: ' ' })).toEqual(['field.required']);
    expect(refused(created, { type: 'account.activate', token: 'nimportequoi' })).toEqual(['account.activationUnknown']);
    expect(refused(created, { type: 'account.resendActivation', loginEmail: 'personne@nulle-part.example' })).toEqual(['account.unknownEmail']);
    expect(refused(created, { type: 'account.resendActivation', loginEmail: 'pas-une-adresse' })).toEqual(['email.invalid']);
    const active = withAccount(createWorld(), claire);
    expect(refused(active, { type: 'account.resendActivation', loginEmail: claire.loginEmail })).toEqual(['account.alreadyActive']);
  });
});

describe('login with two-factor code', () => {
  const active = withAccount(createWorld(), claire);
  const login = { type: 'session.login', loginEmail: claire.loginEmail, password: claire.password } as const;

  it('asks for the code sent to the login address, then opens the session', () => {
    const waiting = ok(active, login);
    expect(waiting.session?.stage).toBe('code');
    const code = waiting.session?.code ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect(mailbox(waiting, claire.loginEmail)[0]?.params.code).toBe(code);
    expect(refused(waiting, { type: 'session.verifyCode', code: '000000' === code ? '111111' : '000000' })).toEqual(['auth.codeInvalid']);
    expect(refused(waiting, { type: 'session.verifyCode', code: '' })).toEqual(['field.required']);
    const open = ok(waiting, { type: 'session.verifyCode', code: ` ${code.slice(0, 3)} ${code.slice(3)} ` });
    expect(open.session?.stage).toBe('open');
  });
  it('sends a new code on request and only the last one works', () => {
    const waiting = ok(active, login);
    const first = waiting.session?.code ?? '';
    const again = ok(waiting, { type: 'session.resendCode' });
    const second = again.session?.code ?? '';
    expect(mailbox(again, claire.loginEmail).filter((mail) => mail.kind === 'code')).toHaveLength(2);
    if (first !== second) expect(refused(again, { type: 'session.verifyCode', code: first })).toEqual(['auth.codeInvalid']);
    ok(again, { type: 'session.verifyCode', code: second });
  });
  it('refuses codes when none is awaited', () => {
    expect(refused(active, { type: 'session.verifyCode', code: '123456' })).toEqual(['auth.noCodePending']);
    expect(refused(active, { type: 'session.resendCode' })).toEqual(['auth.noCodePending']);
  });
  it('refuses an account not yet activated, and empty fields', () => {
    const created = ok(createWorld(), create);
    expect(refused(created, login)).toEqual(['account.notActivated']);
    expect(refused(active, { ...login, loginEmail: '', password: '' })).toEqual(['field.required', 'field.required']);
  });
  it('answers the same for an unknown address as for a wrong password', () => {
    expect(refused(active, { ...login, loginEmail: 'inconnu@nulle-part.example' })).toEqual(['auth.badCredentials']);
  });
  it('counts wrong passwords and locks the account for one hour at the fifth', () => {
    let world = active;
    for (let attempt = 1; attempt <= 4; attempt++) {
      const result = transition(world, { ...login, password: 'Mauvais-Mot2Passe' });
      expect(result.issues).toEqual([{ code: 'auth.badCredentials', path: 'password', params: { remaining: 5 - attempt } }]);
      world = result.world;
    }
    const fifth = transition(world, { ...login, password: 'Mauvais-Mot2Passe' });
    expect(fifth.issues.map((found) => found.code)).toEqual(['auth.locked']);
    world = fifth.world;
    expect(refused(world, login)).toEqual(['auth.locked']);
    world = run(world, { type: 'clock.advance', minutes: LOCK_MINUTES - 1 });
    expect(refused(world, login)).toEqual(['auth.locked']);
    world = run(world, { type: 'clock.advance', minutes: 1 });
    const unlocked = ok(world, login);
    expect(Object.values(unlocked.users)[0]).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });
  it('resets the count after a successful login', () => {
    const once = transition(active, { ...login, password: 'Mauvais-Mot2Passe' }).world;
    const after = ok(once, login);
    expect(Object.values(after.users)[0]?.failedAttempts).toBe(0);
  });
  it('refuses a second login while a session is open, and logs out', () => {
    const open = loginAs(active, claire);
    expect(refused(open, login)).toEqual(['session.alreadyOpen']);
    const out = ok(open, { type: 'session.logout' });
    expect(out.session).toBeNull();
    expect(refused(out, { type: 'session.logout' })).toEqual(['session.required']);
  });
});
