import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  loginAs,
  PEOPLE,
  replay,
  run,
  SIRETS,
  subcontractorInvoice,
  TACIT_VALIDATION_MINUTES,
  transition,
  validationState,
  validationWorld,
  invoicesForValideur,
  type Event,
  type InvoiceInput,
  type World,
} from '../../../../../src/domain/simulator';
import { ok, refused } from '../helpers';

const DAY = 24 * 60;

/** Paul Martin deposits an invoice (A9 by default), logs out; returns the world (nobody logged in) and its id. */
function deposited(overrides: Partial<InvoiceInput> = {}): { world: World; id: string } {
  let world = loginAs(validationWorld(), PEOPLE.paul);
  world = run(world, { type: 'invoice.save', invoiceId: null, data: subcontractorInvoice(world, overrides) });
  const id = Object.keys(world.invoices).at(-1)!;
  world = run(world, { type: 'invoice.submit', invoiceId: id }, { type: 'invoice.confirm', invoiceId: id }, { type: 'session.logout' });
  return { world, id };
}

const validate = (id: string, confirmed = true, complement = 'Travaux conformes au bon de commande.'): Event => ({ type: 'validation.validate', invoiceId: id, confirmed, complement });
const refuse = (id: string, reason = 'Quantités non conformes au constat.'): Event => ({ type: 'validation.refuse', invoiceId: id, reason });

describe('an A9 invoice and its valideur', () => {
  it('waits « À valider » at the titulaire once sent, and is not routed to the recipient', () => {
    const { world, id } = deposited();
    expect(world.invoices[id]?.status).toBe('A_VALIDER_1');
    const later = ok(world, { type: 'clock.advance', minutes: 60 });
    expect(later.invoices[id]?.status).toBe('A_VALIDER_1');
    expect(validationState(later, later.invoices[id]!)).toMatchObject({ outcome: 'attente', valideurName: 'Menuiserie Durand SARL', role: 'titulaire' });
  });

  it('is listed in the titulaire’s « Factures à valider », validated in one event, then routed to the recipient', () => {
    const { world, id } = deposited();
    const claire = loginAs(world, PEOPLE.claire);
    const claireId = claire.session!.userId;
    expect(invoicesForValideur(claire, claireId).map((invoice) => invoice.id)).toEqual([id]);
    const validated = ok(claire, validate(id));
    const invoice = validated.invoices[id]!;
    expect(invoice.status).toBe('VALIDEE_1');
    expect(invoice.history.at(-1)).toMatchObject({ by: 'valideur', reason: 'Travaux conformes au bon de commande.' });
    expect(validated.log.at(-1)).toMatchObject({ action: 'invoice.validated', subject: id, userId: claireId });
    const routed = ok(validated, { type: 'clock.advance', minutes: 10 });
    expect(routed.invoices[id]?.status).toBe('MISE_A_DISPOSITION');
    expect(validationState(routed, routed.invoices[id]!)?.outcome).toBe('validee');
  });

  it('needs the titulaire box ticked; the complement is optional but limited', () => {
    const { world, id } = deposited();
    const claire = loginAs(world, PEOPLE.claire);
    expect(refused(claire, validate(id, false))).toEqual(['validation.roleNotConfirmed']);
    expect(refused(claire, validate(id, true, 'x'.repeat(256)))).toEqual(['field.tooLong']);
    expect(ok(claire, validate(id, true, '   ')).invoices[id]?.history.at(-1)?.reason).toBe('');
  });

  it('refuses the subcontractor validating its own invoice, and any structure that is not the valideur', () => {
    const { world, id } = deposited();
    expect(refused(loginAs(world, PEOPLE.paul), validate(id))).toEqual(['validation.ownInvoice']);
    expect(refused(loginAs(world, PEOPLE.paul), refuse(id))).toEqual(['validation.ownInvoice']);
    // Julien Morel has a structure of his own (the atelier): he is not the valideur named on the invoice.
    let julien = run(world, { type: 'account.create', ...PEOPLE.julien, passwordConfirmation: PEOPLE.julien.password, acceptTerms: true });
    const token = [...julien.mails].reverse().find((mail) => mail.kind === 'activation')?.params['token'] ?? '';
    julien = loginAs(run(julien, { type: 'account.activate', token }), PEOPLE.julien);
    expect(refused(julien, validate(id))).toEqual(['invoice.unknown']);
    // An invoice naming another valideur than Claire's structure: she cannot see it as hers to validate.
    const other = deposited({ valideurSiret: SIRETS.vasseur, number: 'PM-2026-015' });
    expect(refused(loginAs(other.world, PEOPLE.claire), validate(other.id))).toEqual(['invoice.unknown']);
    expect(refused(world, validate(id))).toEqual(['session.required']);
  });

  it('refuses validating twice, validating after a refusal, and refusing without a motif', () => {
    const { world, id } = deposited();
    const claire = loginAs(world, PEOPLE.claire);
    expect(refused(claire, refuse(id, '  '))).toEqual(['validation.reasonRequired']);
    expect(refused(claire, refuse(id, 'x'.repeat(256)))).toEqual(['field.tooLong']);
    const validated = ok(claire, validate(id));
    expect(refused(validated, validate(id))).toEqual(['validation.alreadyDecided']);
    expect(refused(validated, refuse(id))).toEqual(['validation.alreadyDecided']);
    const refusedWorld = ok(claire, refuse(id));
    expect(refusedWorld.invoices[id]?.status).toBe('REFUSEE_1');
    expect(refusedWorld.invoices[id]?.history.at(-1)).toMatchObject({ by: 'valideur', reason: 'Quantités non conformes au constat.' });
    expect(refused(refusedWorld, validate(id))).toEqual(['validation.alreadyDecided']);
    // A refused invoice never reaches the recipient.
    expect(ok(refusedWorld, { type: 'clock.advance', minutes: 30 * DAY }).invoices[id]?.status).toBe('REFUSEE_1');
  });

  it('refuses the recipient acting on an invoice still « À valider »', () => {
    const { world, id } = deposited();
    expect(refused(world, { type: 'public.advance', invoiceId: id, status: 'SERVICE_FAIT' })).toEqual(['validation.pending']);
    expect(refused(world, { type: 'public.reject', invoiceId: id, reason: 'Doublon' })).toEqual(['validation.pending']);
  });

  it('refuses validation of an invoice that has no valideur (A1)', () => {
    const { world, id } = deposited({ cadre: 'A1', valideurSiret: '' });
    expect(world.invoices[id]?.status).toBe('DEPOSEE');
    expect(refused(loginAs(world, PEOPLE.paul), validate(id))).toEqual(['validation.notSubject']);
  });

  it('needs « Factures à valider » in the titulaire’s menu', () => {
    const { world, id } = deposited();
    const withoutEspace: World = structuredClone(world);
    withoutEspace.subscriptions = withoutEspace.subscriptions.filter((s) => s.espace !== 'facturesAValider');
    expect(refused(loginAs(withoutEspace, PEOPLE.claire), validate(id))).toEqual(['espace.notSubscribed']);
  });

  it('is validated tacitly after 15 days without an answer, dated when the delay ran out, then routed', () => {
    const { world, id } = deposited();
    const sentAt = world.invoices[id]!.statusSince;
    const before = ok(world, { type: 'clock.advance', minutes: TACIT_VALIDATION_MINUTES - 1 });
    expect(before.invoices[id]?.status).toBe('A_VALIDER_1');
    const after = ok(before, { type: 'clock.advance', minutes: 7 * DAY });
    const invoice = after.invoices[id]!;
    expect(invoice.status).toBe('MISE_A_DISPOSITION');
    expect(invoice.history.find((change) => change.status === 'ABSENCE_VALIDATION_1_HORS_DELAI')).toMatchObject({ at: sentAt + TACIT_VALIDATION_MINUTES, by: 'systeme' });
    expect(validationState(after, invoice)?.outcome).toBe('tacite');
  });

  it('gives the mandataire 15 days on an A12 invoice too, then validates it tacitly (facts §3.2b)', () => {
    const { world, id } = deposited({ cadre: 'A12', number: 'PM-2026-020' });
    expect(ok(world, { type: 'clock.advance', minutes: TACIT_VALIDATION_MINUTES - 1 }).invoices[id]?.status).toBe('A_VALIDER_1');
    const late = ok(world, { type: 'clock.advance', minutes: TACIT_VALIDATION_MINUTES }).invoices[id];
    expect(late?.history.some((change) => change.status === 'ABSENCE_VALIDATION_1_HORS_DELAI')).toBe(true);
    const claire = loginAs(world, PEOPLE.claire);
    expect(refused(claire, validate(id, false))).toEqual(['validation.roleNotConfirmed']);
    expect(transition(claire, validate(id, false)).issues[0]).toMatchObject({ code: 'validation.roleNotConfirmed', params: { role: 'mandataire' } });
    expect(ok(claire, validate(id)).invoices[id]?.status).toBe('VALIDEE_1');
  });
});

describe('property: an A9 invoice and the clock', () => {
  it('never reaches the recipient before its validation or its tacit expiry, and replays to the same world', () => {
    const { world: start, id } = deposited();
    const claireStart = loginAs(start, PEOPLE.claire);
    const step = fc.oneof(
      fc.integer({ min: 1, max: 5 * DAY }).map((minutes): Event => ({ type: 'clock.advance', minutes })),
      fc.constant(validate(id)),
      fc.constant(refuse(id)),
      fc.constantFrom<Event>({ type: 'public.advance', invoiceId: id, status: 'SERVICE_FAIT' }, { type: 'public.reject', invoiceId: id, reason: 'Doublon' }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (events) => {
        let world = claireStart;
        for (const event of events) {
          world = transition(world, event).world;
          const invoice = world.invoices[id]!;
          const decided = invoice.history.some((change) => change.status === 'VALIDEE_1' || change.status === 'ABSENCE_VALIDATION_1_HORS_DELAI');
          const atRecipient = invoice.history.some((change) => change.status === 'EN_COURS_ACHEMINEMENT' || change.status === 'MISE_A_DISPOSITION');
          if (atRecipient) expect(decided).toBe(true);
          if (invoice.status === 'A_VALIDER_1') expect(world.now - invoice.statusSince).toBeLessThan(TACIT_VALIDATION_MINUTES);
        }
        expect(replay(claireStart, events).world).toEqual(world);
      }),
      { numRuns: 150 },
    );
  });
});
