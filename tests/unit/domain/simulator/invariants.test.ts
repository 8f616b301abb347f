import { describe, expect, it } from 'vitest';
import { run, sampleInvoice, SIRETS, supplierWorld } from '../../../../src/domain/simulator/fixtures';
import { invariants } from '../../../../src/domain/simulator/invariants';
import type { World } from '../../../../src/domain/simulator/model';

/** A sound world with one sent invoice `f<n>` and a brouillon, to corrupt in each test. */
function sound(): { world: World; sent: string; draft: string } {
  let world = supplierWorld();
  const sent = `f${world.seq + 1}`;
  world = run(world, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world) }, { type: 'invoice.submit', invoiceId: sent }, { type: 'invoice.confirm', invoiceId: sent });
  const draft = `f${world.seq + 1}`;
  world = run(world, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, { number: 'FA-2' }) });
  return { world: structuredClone(world), sent, draft };
}

const corrupt = (change: (parts: ReturnType<typeof sound>) => void): string[] => {
  const parts = sound();
  change(parts);
  return invariants(parts.world);
};

describe('invariants', () => {
  it('find nothing wrong in a world built by transitions', () => {
    expect(invariants(sound().world)).toEqual([]);
  });
  it.each<[string, (parts: ReturnType<typeof sound>) => void, RegExp]>([
    ['a negative clock', ({ world }) => { world.now = -1; }, /clock/],
    ['a PRNG state out of range', ({ world }) => { world.rng = 2 ** 33; }, /PRNG/],
    ['an id beyond the counter', ({ world }) => { world.seq = 1; }, /beyond the counter/],
    ['a duplicated id', ({ world, sent }) => { world.mails.push({ ...world.mails[0]!, id: sent }); }, /used twice/],
    ['a shared login address', ({ world }) => { const user = Object.values(world.users)[0]!; world.users.u999 = { ...user, id: 'u999' }; world.seq = 2000; }, /share a login/],
    ['a user misfiled, over-counted and half-activated', ({ world }) => {
      const user = Object.values(world.users)[0]!;
      user.id = 'zz'; user.failedAttempts = 9; user.activation = { token: 't', expiresAt: 0 };
    }, /misfiled|failed attempts|pending link/],
    ['a session of nobody', ({ world }) => { world.session = { userId: 'u999', stage: 'open', code: 'x', espaces: [], popupDismissed: false }; }, /no user|disagree/],
    ['a session of an inactive account', ({ world }) => { Object.values(world.users)[0]!.activated = false; Object.values(world.users)[0]!.activation = null; }, /not activated/],
    ['a structure with two managers and a ghost member', ({ world }) => {
      const structure = world.structures[SIRETS.durandSiege]!;
      structure.members.push({ userId: 'u999', role: 'gestionnairePrincipal', since: 0 });
      structure.services.push({ ...structure.services[0]! });
    }, /gestionnaires principaux|unknown member|service code/],
    ['a structure of a public recipient or out of the directory', ({ world }) => {
      world.structures[SIRETS.valmont] = { ...world.structures[SIRETS.durandSiege]!, siret: SIRETS.valmont };
    }, /public recipient|not in the directory/],
    ['a validated request whose user is not a member', ({ world }) => {
      world.rattachements.r1 = { id: 'r1', userId: 'u999', siret: SIRETS.fournil, status: 'validee', requestedAt: 0, decidedAt: null, decidedBy: null, reason: '' };
    }, /points nowhere|not a member|decision date/],
    ['a subscription to a closed espace', ({ world }) => { world.subscriptions.push({ userId: 'u999', siret: SIRETS.durandSiege, espace: 'engagements', mode: 'consultation' }); }, /not open|non-member/],
    ['an invoice number used twice', ({ world, draft }) => { world.invoices[draft]!.data.number = 'FA-2026-001'; }, /used twice/],
    ['an invoice whose history disagrees', ({ world, sent }) => { world.invoices[sent]!.status = 'MANDATEE'; }, /history/],
    ['an invoice changed in the future, history going back', ({ world, sent }) => {
      const invoice = world.invoices[sent]!;
      invoice.history.push({ status: 'BROUILLON', at: -5, by: 'systeme', reason: '' });
      invoice.statusSince = world.now + 10;
    }, /back in time|future|history/],
    ['a sent invoice without number, with a bad line and attachment', ({ world, sent }) => {
      const invoice = world.invoices[sent]!;
      invoice.data.number = '';
      invoice.data.lines[0]!.quantity = -1;
      invoice.data.attachments.push({ name: 'x', size: 0 });
      invoice.data.cadre = 'A4';
      invoice.awaitingConfirmation = true;
      invoice.depositedAt = null;
    }, /number or recipient|invalid line|invalid attachment|another espace|awaits|deposit date/],
    ['a sent invoice without lines and an unknown cadre', ({ world, sent }) => { world.invoices[sent]!.data.lines = []; world.invoices[sent]!.data.cadre = 'Z9'; }, /no line|unknown cadre/],
    ['a brouillon with a deposit date, an odd flag and a missing predecessor', ({ world, draft }) => {
      const invoice = world.invoices[draft]!;
      invoice.depositedAt = 0; invoice.acknowledged = true; invoice.rejectionHandled = true; invoice.replaces = 'f999';
    }, /deposit date|handled|acknowledged|replaces/],
    ['an invoice misfiled, with an unknown status and no supplier', ({ world, sent }) => {
      const invoice = world.invoices[sent]!;
      invoice.id = 'f0'; invoice.data.supplierSiret = SIRETS.fournil;
      (invoice as { status: string }).status = 'PAYEE';
    }, /misfiled|unknown status|no supplier/],
  ])('report %s', (_name, change, expected) => {
    const problems = corrupt(change);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(expected);
  });
});
