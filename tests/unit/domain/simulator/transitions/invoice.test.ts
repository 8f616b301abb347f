import { describe, expect, it } from 'vitest';
import { IBANS, PEOPLE, loginAs, run, sampleInvoice, SIRETS, supplierWorld } from '../../../../../src/domain/simulator/fixtures';
import type { InvoiceInput, World } from '../../../../../src/domain/simulator/model';
import { createdId, invoiceHistory, mailbox, synthese } from '../../../../../src/domain/simulator';
import { computeTotals } from '../../../../../src/domain/simulator/rules/money';
import { transition } from '../../../../../src/domain/simulator';
import { ok, refused } from '../helpers';

const base = supplierWorld();
const claireId = Object.keys(base.users)[0] ?? '';

function draft(world: World, overrides: Partial<InvoiceInput> = {}): { world: World; id: string } {
  const event = { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, overrides) } as const;
  // The new brouillon's id is the one the transition reports as created.
  return { world: ok(world, event), id: createdId(transition(world, event).effects, 'invoice') ?? '' };
}

describe('« Enregistrer »: brouillons', () => {
  it('saves a brouillon that is not sent and shows in the Synthèse', () => {
    const { world, id } = draft(base);
    expect(world.invoices[id]).toMatchObject({ status: 'BROUILLON', depositedAt: null, createdBy: claireId });
    expect(synthese(world, claireId).brouillons).toBe(1);
    expect(world.mails.filter((mail) => mail.kind === 'statusChange')).toEqual([]);
  });
  it('keeps an incomplete form as a brouillon, and stores identifiers without spaces', () => {
    const { world, id } = draft(base, { number: '', date: '', recipientSiret: '214 509 010 00010', lines: [], codeService: ' serv_techniques ' });
    expect(world.invoices[id]?.data).toMatchObject({ recipientSiret: SIRETS.valmont, codeService: 'SERV_TECHNIQUES', number: '' });
  });
  it('updates a brouillon, and refuses to update a sent invoice', () => {
    const { world, id } = draft(base);
    const updated = ok(world, { type: 'invoice.save', invoiceId: id, data: sampleInvoice(world, { comment: 'Livraison le 28/02' }) });
    expect(updated.invoices[id]?.data.comment).toBe('Livraison le 28/02');
    const sent = run(updated, { type: 'invoice.submit', invoiceId: id }, { type: 'invoice.confirm', invoiceId: id });
    expect(refused(sent, { type: 'invoice.save', invoiceId: id, data: sampleInvoice(sent) })).toEqual(['invoice.wrongStatus']);
    expect(refused(sent, { type: 'invoice.save', invoiceId: 'f999', data: sampleInvoice(sent) })).toEqual(['invoice.unknown']);
  });
  it('refuses what cannot even be a brouillon: inactive or unknown recipient, taken number, cadre of another espace, bad attachment', () => {
    const { world } = draft(base);
    const codes = (overrides: Partial<InvoiceInput>) => refused(world, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, { number: 'FA-2', ...overrides }) });
    expect(codes({ recipientSiret: SIRETS.brenneHaute })).toEqual(['recipient.inactive']);
    expect(codes({ recipientSiret: SIRETS.fournil })).toEqual(['recipient.unknown']);
    expect(codes({ number: 'FA-2026-001' })).toEqual(['invoice.numberTaken']);
    expect(codes({ number: 'FA-2', cadre: 'A4' })).toEqual(['invoice.cadreOtherEspace']);
    expect(codes({ number: 'FA-2', cadre: 'A21' })).toEqual(['invoice.cadreOtherEspace']);
    expect(codes({ number: 'FA-2', cadre: 'A11' })).toEqual(['invoice.cadreUnknown']);
    expect(codes({ number: 'FA-2', cadre: '' })).toEqual(['field.required']);
    expect(codes({ number: 'FA-2', attachments: [{ name: 'facture', size: 10 }] })).toEqual(['attachment.extensionMissing']);
    expect(codes({ number: 'FA-2', date: '2099-01-01' })).toEqual(['invoice.dateInFuture']);
    expect(codes({ number: 'FA-2', date: '2026-02-30' })).toEqual(['date.invalid']);
    expect(codes({ number: 'x'.repeat(51) })).toEqual(['field.tooLong']);
    expect(codes({ number: 'FA-2', bankAccountId: 'b999' })).toEqual(['bank.unknown']);
    expect(codes({ number: 'FA-2', valideurSiret: '123' })).toEqual(['siret.length']);
    expect(codes({ number: 'FA-2', supplierSiret: '' })).toEqual(['field.required']);
    expect(codes({ number: 'FA-2', supplierSiret: SIRETS.fournil })).toEqual(['structure.unknown']);
    const bogus = { kind: 'ACOMPTE', vatType: 'TVA', paymentMode: 'CB' } as unknown as Partial<InvoiceInput>;
    expect(codes({ number: 'FA-2', ...bogus })).toEqual(['field.required', 'field.required', 'field.required']);
  });
  it('lets the same number be used by another supplier', () => {
    let world = run(base, { type: 'structure.create', siret: SIRETS.durandAtelier }, { type: 'espace.open', siret: SIRETS.durandAtelier, espace: 'facturesEmises' });
    world = run(world, { type: 'espace.subscribe', siret: SIRETS.durandAtelier, espace: 'facturesEmises', mode: 'modification' }, { type: 'session.logout' });
    world = loginAs(world, PEOPLE.claire);
    const first = draft(world).world;
    draft(first, { supplierSiret: SIRETS.durandAtelier, bankAccountId: '' });
  });
  it('deletes a brouillon, and only a brouillon', () => {
    const { world, id } = draft(base);
    const deleted = ok(world, { type: 'invoice.delete', invoiceId: id });
    expect(deleted.invoices[id]).toBeUndefined();
    const sent = run(world, { type: 'invoice.submit', invoiceId: id }, { type: 'invoice.confirm', invoiceId: id });
    expect(refused(sent, { type: 'invoice.delete', invoiceId: id })).toEqual(['invoice.wrongStatus']);
  });
});

describe('« Factures émises » access', () => {
  it('needs an open session, a subscription, a reconnection after subscribing, and the modification mode', () => {
    const { world } = draft(base);
    const event = { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, { number: 'FA-2' }) } as const;
    expect(refused(run(world, { type: 'session.logout' }), event)).toEqual(['session.required']);
    // Open the espace on the atelier: subscribing is not enough until Claire logs in again.
    let atelier = run(world, { type: 'structure.create', siret: SIRETS.durandAtelier }, { type: 'espace.open', siret: SIRETS.durandAtelier, espace: 'facturesEmises' });
    const atelierEvent = { ...event, data: { ...event.data, supplierSiret: SIRETS.durandAtelier, bankAccountId: '' } };
    expect(refused(atelier, atelierEvent)).toEqual(['espace.notSubscribed']);
    atelier = run(atelier, { type: 'espace.subscribe', siret: SIRETS.durandAtelier, espace: 'facturesEmises', mode: 'consultation' });
    expect(refused(atelier, atelierEvent)).toEqual(['espace.reconnectRequired']);
    atelier = loginAs(run(atelier, { type: 'session.logout' }), PEOPLE.claire);
    expect(refused(atelier, atelierEvent)).toEqual(['espace.readOnly']);
    expect(refused(atelier, { ...event, data: { ...event.data, supplierSiret: SIRETS.martin } })).toEqual(['structure.unknown']);
  });
});

describe('« Valider et envoyer » then « Confirmer et envoyer »', () => {
  it('sends in two steps: the invoice is Déposée only after confirmation', () => {
    const { world, id } = draft(base);
    expect(refused(world, { type: 'invoice.confirm', invoiceId: id })).toEqual(['invoice.confirmationNotRequested']);
    const validated = ok(world, { type: 'invoice.submit', invoiceId: id });
    expect(validated.invoices[id]).toMatchObject({ status: 'BROUILLON', awaitingConfirmation: true });
    const cancelled = ok(validated, { type: 'invoice.cancelSubmit', invoiceId: id });
    expect(cancelled.invoices[id]?.awaitingConfirmation).toBe(false);
    expect(refused(cancelled, { type: 'invoice.cancelSubmit', invoiceId: id })).toEqual(['invoice.confirmationNotRequested']);
    const sent = ok(validated, { type: 'invoice.confirm', invoiceId: id });
    expect(sent.invoices[id]).toMatchObject({ status: 'DEPOSEE', depositedAt: sent.now, awaitingConfirmation: false });
    expect(mailbox(sent, PEOPLE.claire.contactEmail).map((mail) => mail.params.label)).toEqual(['Déposée']);
    expect(refused(sent, { type: 'invoice.submit', invoiceId: id })).toEqual(['invoice.wrongStatus']);
    expect(synthese(sent, claireId).brouillons).toBe(0);
  });
  it('saving again closes the confirmation window', () => {
    const { world, id } = draft(base);
    const validated = ok(world, { type: 'invoice.submit', invoiceId: id });
    const saved = ok(validated, { type: 'invoice.save', invoiceId: id, data: sampleInvoice(validated) });
    expect(refused(saved, { type: 'invoice.confirm', invoiceId: id })).toEqual(['invoice.confirmationNotRequested']);
  });
  it('checks at confirmation again, as the world may have moved since validation', () => {
    const { world, id } = draft(base, { date: '2026-03-02' });
    const validated = ok(world, { type: 'invoice.submit', invoiceId: id });
    // Nothing moves recipients in the event list, so the check passes; the call path is what matters.
    expect(transition(validated, { type: 'invoice.confirm', invoiceId: id }).issues).toEqual([]);
  });
  it('requires the fields a sent invoice needs', () => {
    const { world, id } = draft(base, { number: '', date: '', recipientSiret: '', lines: [], bankAccountId: '' });
    expect(refused(world, { type: 'invoice.submit', invoiceId: id })).toEqual([
      'field.required',
      'field.required',
      'field.required',
      'invoice.bankAccountRequired',
      'invoice.noLines',
    ]);
  });
  it('does not require bank details for another payment mode', () => {
    const { world, id } = draft(base, { paymentMode: 'CHEQUE', bankAccountId: '' });
    ok(world, { type: 'invoice.submit', invoiceId: id });
  });
  it("applies each recipient's settings on code service and engagement", () => {
    const submit = (overrides: Partial<InvoiceInput>) => {
      const { world, id } = draft(base, overrides);
      return transition(world, { type: 'invoice.submit', invoiceId: id }).issues.map((found) => found.code);
    };
    // Commune de Valmont-sur-Loire: code service required.
    expect(submit({ codeService: '' })).toEqual(['recipient.codeServiceRequired']);
    expect(submit({ codeService: 'INCONNU' })).toEqual(['recipient.codeServiceUnknown']);
    expect(submit({ codeService: 'FETES' })).toEqual(['recipient.codeServiceUnknown']);
    // Centre hospitalier: engagement required.
    const hospital = { recipientSiret: SIRETS.deuxVallons, codeService: '' };
    expect(submit(hospital)).toEqual(['recipient.engagementRequired']);
    expect(submit({ ...hospital, engagement: 'EJ-2026-0042' })).toEqual([]);
    // Lycée: both.
    const lycee = { recipientSiret: SIRETS.troisRivieres, codeService: '' };
    expect(submit(lycee)).toEqual(['recipient.codeServiceRequired', 'recipient.engagementRequired']);
    expect(submit({ ...lycee, codeService: 'INTENDANCE', engagement: 'BC-118' })).toEqual([]);
    // Communauté de communes: either.
    const cc = { recipientSiret: SIRETS.valDArgent, codeService: '' };
    expect(submit(cc)).toEqual(['recipient.codeServiceOrEngagementRequired']);
    expect(submit({ ...cc, engagement: 'BC-7' })).toEqual([]);
    expect(submit({ ...cc, codeService: 'VOIRIE' })).toEqual([]);
    // Saint-Aubin: nothing required.
    expect(submit({ recipientSiret: SIRETS.saintAubin, codeService: '' })).toEqual([]);
  });
  it('requires the valideur of A9 and A12, another known company than the supplier', () => {
    const submit = (overrides: Partial<InvoiceInput>) => {
      const { world, id } = draft(base, overrides);
      return transition(world, { type: 'invoice.submit', invoiceId: id }).issues.map((found) => found.code);
    };
    expect(submit({ cadre: 'A9' })).toEqual(['invoice.valideurRequired']);
    expect(submit({ cadre: 'A12', valideurSiret: SIRETS.durandSiege })).toEqual(['invoice.valideurIsSupplier']);
    expect(submit({ cadre: 'A9', valideurSiret: '73282932000074' })).toEqual(['invoice.valideurUnknown']);
    expect(submit({ cadre: 'A9', valideurSiret: SIRETS.saveurs })).toEqual([]);
    expect(submit({ cadre: 'A2' })).toEqual([]);
  });
  it('checks declared totals against the lines', () => {
    const lines = sampleInvoice(base).lines;
    const totals = computeTotals(lines);
    const submit = (declaredTotals: InvoiceInput['declaredTotals']) => {
      const { world, id } = draft(base, { declaredTotals });
      return transition(world, { type: 'invoice.submit', invoiceId: id }).issues.map((found) => found.code);
    };
    expect(submit(totals)).toEqual([]);
    expect(totals).toEqual({ ht: 1830_00, tva: 366_00, ttc: 2196_00 });
    expect(() => draft(base, { declaredTotals: { ...totals, ttc: totals.ttc + 1 } })).toThrow();
  });
});

describe('the sample invoice', () => {
  it('uses the bank details of the supplier world', () => {
    expect(base.structures[SIRETS.durandSiege]?.bankAccounts[0]?.iban).toBe(IBANS.durand);
    expect(sampleInvoice(base).bankAccountId).not.toBe('');
  });
  it('has a history the detail screen can show', () => {
    const { world, id } = draft(base);
    const sent = run(world, { type: 'invoice.submit', invoiceId: id }, { type: 'invoice.confirm', invoiceId: id });
    expect(invoiceHistory(sent, id).map((entry) => (entry.kind === 'status' ? entry.label : entry.action))).toEqual([
      'Brouillon',
      'Déposée',
      'invoice.saved',
      'invoice.sent',
    ]);
    expect(invoiceHistory(sent, 'f999')).toEqual([]);
  });
});
