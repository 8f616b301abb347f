import { describe, expect, it } from 'vitest';
import { CONVERSATION_KEPT } from '../../../../../src/domain/simulator/transitions/help';
import { can, createWorld, sentTickets, loginAs, PEOPLE, run, supplierWorld, withAccount, type Event, type World } from '../../../../../src/domain/simulator';
import { allMessages } from '../../../../../src/domain/simulator/messages-all';
import { ok, refused, ticket } from '../helpers';

/** Monday 2 March 2026, 9:00 (the default start) and the Saturday after. */
const MONDAY = '2026-03-02T09:00Z';
const SATURDAY = '2026-03-07T10:00Z';


/** The issues of a refused event as `path:code`, after checking the world did not change. */
function refusals(world: World, event: Event): string[] {
  const result = can(world, event);
  expect(result.ok).toBe(false);
  refused(world, event);
  return result.ok ? [] : result.issues.map((found) => `${found.path}:${found.code}`);
}

describe('help.ask (ClaudIA)', () => {
  it('records the trimmed question with the intent ClaudIA recognised and the moment', () => {
    const world = createWorld();
    const after = ok(world, { type: 'help.ask', question: "  J'ai perdu mon lien d'activation  " });
    expect(after.help).toEqual({ conversation: [{ question: "J'ai perdu mon lien d'activation", intent: 'activation', at: world.now }], agentAt: null, tickets: [] });
    expect(world.help).toBeUndefined();
  });

  it('records an unknown question as « inconnu », and works logged in or not', () => {
    expect(ok(createWorld(), { type: 'help.ask', question: 'Quelle heure est-il ?' }).help?.conversation[0]?.intent).toBe('inconnu');
    expect(ok(supplierWorld(), { type: 'help.ask', question: 'Je veux activer ma structure publique' }).help?.conversation[0]?.intent).toBe('structurePublique');
  });

  it('refuses an empty or overlong question', () => {
    expect(refusals(createWorld(), { type: 'help.ask', question: '   ' })).toEqual(['question:field.required']);
    expect(refusals(createWorld(), { type: 'help.ask', question: 'a'.repeat(201) })).toEqual(['question:field.tooLong']);
    expect(ok(createWorld(), { type: 'help.ask', question: 'a'.repeat(200) }).help?.conversation).toHaveLength(1);
  });

  it(`keeps the last ${CONVERSATION_KEPT} exchanges only`, () => {
    let world = createWorld();
    for (let index = 1; index <= CONVERSATION_KEPT + 3; index += 1) world = ok(world, { type: 'help.ask', question: `question ${index}` });
    const kept = world.help?.conversation ?? [];
    expect(kept).toHaveLength(CONVERSATION_KEPT);
    expect(kept[0]?.question).toBe('question 4');
    expect(kept.at(-1)?.question).toBe(`question ${CONVERSATION_KEPT + 3}`);
  });
});

describe('help.agent (live chat)', () => {
  it('reaches an agent on a working day within the hours, and remembers when', () => {
    const world = createWorld({ start: MONDAY });
    expect(ok(world, { type: 'help.agent' }).help?.agentAt).toBe(world.now);
  });

  it('is refused on Saturday, before 8:30 and from 18:30, with the hours in the message', () => {
    expect(refusals(createWorld({ start: SATURDAY }), { type: 'help.agent' })).toEqual([':help.agentClosed']);
    expect(refusals(createWorld({ start: '2026-03-02T08:29Z' }), { type: 'help.agent' })).toEqual([':help.agentClosed']);
    expect(refusals(createWorld({ start: '2026-03-02T18:30Z' }), { type: 'help.agent' })).toEqual([':help.agentClosed']);
    expect(ok(createWorld({ start: '2026-03-02T08:30Z' }), { type: 'help.agent' }).help?.agentAt).not.toBeNull();
    expect(allMessages['help.agentClosed']({})).toContain('8 h 30 à 18 h 30');
  });

  it('opens once the clock has moved on to Monday', () => {
    const saturday = createWorld({ start: SATURDAY });
    const monday = run(saturday, { type: 'clock.advance', minutes: 2 * 24 * 60 - 60 });
    expect(can(saturday, { type: 'help.agent' }).ok).toBe(false);
    expect(ok(monday, { type: 'help.agent' }).help?.agentAt).toBe(monday.now);
  });
});

describe('help.ticketSubmit (sollicitation)', () => {
  it('numbers a complete ticket, routes it by its category and records it as sent while logged in', () => {
    const world = supplierWorld({ start: SATURDAY });
    const after = ok(world, ticket({ email: ' Claire.Durand@Menuiserie-Durand.example ' }));
    const sent = after.help?.tickets ?? [];
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      number: `SOL-2026-${String(after.seq).padStart(6, '0')}`,
      category: 'facture',
      subCategory: 'traitement',
      email: 'claire.durand@menuiserie-durand.example',
      routing: 'serviceMetier',
      userId: world.session?.userId,
      status: 'enCours',
      closedAt: null,
      at: world.now,
    });
    expect(sentTickets(after).enCours.map((sent) => sent.number)).toEqual([sent[0]?.number]);
    expect(after.seq).toBe(world.seq + 1);
  });

  it('sends a technical question to the support, from someone who cannot log in', () => {
    const after = ok(withAccount(createWorld(), PEOPLE.paul), ticket({ category: 'compte', subCategory: 'connexion', email: PEOPLE.paul.loginEmail }));
    expect(after.help?.tickets[0]).toMatchObject({ routing: 'support', userId: null, status: 'enCours' });
    expect(sentTickets(loginAs(after, PEOPLE.paul))).toEqual({ enCours: [], cloture: [] });
  });

  it('gives every ticket its own number', () => {
    const world = ok(ok(createWorld(), ticket()), ticket({ title: 'Deuxième demande' }));
    const numbers = (world.help?.tickets ?? []).map((sent) => sent.number);
    expect(new Set(numbers).size).toBe(2);
  });

  it('refuses an empty form with one message per field', () => {
    expect(refusals(createWorld(), ticket({ category: '', subCategory: '', email: '', title: '', description: ' ', captcha: '' }))).toEqual([
      'category:field.required',
      'subCategory:field.required',
      'email:field.required',
      'title:field.required',
      'description:field.required',
      'captcha:field.required',
    ]);
  });

  it.each([
    [{ category: 'inconnue' }, ['category:help.categoryUnknown']],
    [{ category: 'constructor', subCategory: 'name' }, ['category:help.categoryUnknown']],
    [{ category: 'toString' }, ['category:help.categoryUnknown']],
    [{ subCategory: 'activation' }, ['subCategory:help.subCategoryUnknown']],
    [{ subCategory: 'toString' }, ['subCategory:help.subCategoryUnknown']],
    [{ email: 'claire@' }, ['email:email.invalid']],
    [{ title: 'x'.repeat(101) }, ['title:field.tooLong']],
    [{ description: 'x'.repeat(2001) }, ['description:field.tooLong']],
    [{ captcha: '8' }, ['captcha:help.captchaWrong']],
    [{ captcha: 'sept' }, ['captcha:help.captchaWrong']],
  ] as const)('refuses %o with %o', (overrides, expected) => {
    expect(refusals(createWorld(), ticket(overrides))).toEqual(expected);
  });

  it('accepts the limits exactly and a captcha typed with spaces', () => {
    const after = ok(createWorld(), ticket({ title: 'x'.repeat(100), description: 'y'.repeat(2000), captcha: ' 7 ' }));
    expect(after.help?.tickets[0]?.title).toHaveLength(100);
  });

  it('has a French message for each help refusal', () => {
    for (const code of ['help.agentClosed', 'help.categoryUnknown', 'help.subCategoryUnknown', 'help.captchaWrong', 'help.ticketUnknown', 'help.ticketClosed'] as const) {
      expect(allMessages[code]({ number: 'T-1' })).toMatch(/^[A-Z].+\.$/);
    }
  });
});

describe('help.ticketClose (« Sollicitations émises »)', () => {
  /** Claire, logged in, with two tickets sent; returns the world and their numbers, oldest first. */
  function twoTickets(): { world: World; numbers: string[] } {
    const world = ok(ok(supplierWorld(), ticket()), ticket({ category: 'compte', subCategory: 'connexion', title: 'Code de connexion non reçu' }));
    return { world, numbers: (world.help?.tickets ?? []).map((sent) => sent.number) };
  }

  it('lists the sender’s tickets « En cours », newest first, and nothing « Clôturés » at first', () => {
    const { world, numbers } = twoTickets();
    const lists = sentTickets(world);
    expect(lists.enCours.map((sent) => sent.number)).toEqual([...numbers].reverse());
    expect(lists.cloture).toEqual([]);
  });

  it('moves a closed ticket from « En cours » to « Clôturés », with the moment', () => {
    const { world, numbers } = twoTickets();
    const later = run(world, { type: 'clock.advance', minutes: 30 });
    const closed = ok(later, { type: 'help.ticketClose', number: ` ${numbers[0]} ` });
    const lists = sentTickets(closed);
    expect(lists.enCours.map((sent) => sent.number)).toEqual([numbers[1]]);
    expect(lists.cloture.map((sent) => sent.number)).toEqual([numbers[0]]);
    expect(closed.help?.tickets[0]).toMatchObject({ status: 'cloture', closedAt: later.now });
    expect(world.help?.tickets[0]?.status).toBe('enCours');
  });

  it('refuses closing twice, an unknown number, someone else’s ticket, and nobody logged in', () => {
    const { world, numbers } = twoTickets();
    const first = numbers[0] ?? '';
    const closed = ok(world, { type: 'help.ticketClose', number: first });
    expect(refusals(closed, { type: 'help.ticketClose', number: first })).toEqual(['number:help.ticketClosed']);
    expect(refusals(world, { type: 'help.ticketClose', number: 'SOL-2026-999999' })).toEqual(['number:help.ticketUnknown']);
    expect(refusals(world, { type: 'help.ticketClose', number: '' })).toEqual(['number:help.ticketUnknown']);
    const loggedOut = run(world, { type: 'session.logout' });
    expect(refusals(loggedOut, { type: 'help.ticketClose', number: first })).toEqual([':session.required']);
    expect(sentTickets(loggedOut)).toEqual({ enCours: [], cloture: [] });
    const paul = loginAs(withAccount(loggedOut, PEOPLE.paul), PEOPLE.paul);
    expect(refusals(paul, { type: 'help.ticketClose', number: first })).toEqual(['number:help.ticketUnknown']);
    expect(sentTickets(paul)).toEqual({ enCours: [], cloture: [] });
  });

  it('cannot close a ticket sent from the non-connected form, even once logged in', () => {
    const sent = ok(withAccount(createWorld(), PEOPLE.paul), ticket({ category: 'compte', subCategory: 'connexion', email: PEOPLE.paul.loginEmail }));
    const number = sent.help?.tickets[0]?.number ?? '';
    expect(refusals(loginAs(sent, PEOPLE.paul), { type: 'help.ticketClose', number })).toEqual(['number:help.ticketUnknown']);
  });
});

describe('help and the rest of the portal', () => {
  it('a lost activation link: ask ClaudIA, resend, activate, log in', () => {
    let world = run(createWorld(), { type: 'account.create', ...PEOPLE.paul, passwordConfirmation: PEOPLE.paul.password, acceptTerms: true }, { type: 'clock.advance', minutes: 90 });
    const expired = Object.values(world.users)[0]?.activation?.token ?? '';
    expect(can(world, { type: 'account.activate', token: expired }).ok).toBe(false);
    world = ok(world, { type: 'help.ask', question: 'lien expiré' });
    world = ok(world, { type: 'account.resendActivation', loginEmail: PEOPLE.paul.loginEmail });
    const fresh = Object.values(world.users)[0]?.activation?.token ?? '';
    expect(fresh).not.toBe(expired);
    world = ok(world, { type: 'account.activate', token: fresh });
    expect(loginAs(world, PEOPLE.paul).session?.stage).toBe('open');
  });
});
