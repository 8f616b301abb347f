/**
 * Every step of the invoice life cycle (facts §3), allowed and refused: an invoice is brought to each status,
 * then every move is tried on it and compared with the table below, written from the facts rather than
 * from the code.
 */
import { describe, expect, it } from 'vitest';
import type { Event, ForwardStatus } from '../../../../../src/domain/simulator/events';
import { run, sampleInvoice, SIRETS, supplierWorld } from '../../../../../src/domain/simulator/fixtures';
import { INVOICE_STATUSES, MANDATORY_ACK_MINUTES, STATUS_LABELS, type InvoiceStatus, type World } from '../../../../../src/domain/simulator/model';
import { invoiceHistory, rejectionPopup, synthese } from '../../../../../src/domain/simulator';
import { transition } from '../../../../../src/domain/simulator';
import { ok, refused } from '../helpers';

const base = supplierWorld();
const claireId = Object.keys(base.users)[0] ?? '';

/** The world with one invoice in `status`; returns the world and the invoice id. */
function reach(status: InvoiceStatus): { world: World; id: string } {
  const id = `f${base.seq + 1}`;
  let world = run(base, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(base) });
  if (status === 'BROUILLON') return { world, id };
  world = run(world, { type: 'invoice.submit', invoiceId: id }, { type: 'invoice.confirm', invoiceId: id });
  if (status === 'DEPOSEE') return { world, id };
  world = run(world, { type: 'clock.advance', minutes: 1 });
  if (status === 'EN_COURS_ACHEMINEMENT') return { world, id };
  world = run(world, { type: 'clock.advance', minutes: 5 });
  const moves: Partial<Record<InvoiceStatus, Event[]>> = {
    MISE_A_DISPOSITION: [],
    A_RECYCLER: [{ type: 'public.recycle', invoiceId: id, reason: 'Code service erroné' }],
    SUSPENDUE: [{ type: 'public.suspend', invoiceId: id, reason: 'Bon de livraison manquant' }],
    COMPLETEE: [
      { type: 'public.suspend', invoiceId: id, reason: 'Bon de livraison manquant' },
      { type: 'invoice.complete', invoiceId: id, attachments: [{ name: 'bon-de-livraison.pdf', size: 50_000 }], comment: '' },
    ],
    REJETEE: [{ type: 'public.reject', invoiceId: id, reason: 'Mauvais cadre de facturation' }],
  };
  const forward = moves[status] ?? [{ type: 'public.advance', invoiceId: id, status: status as ForwardStatus }];
  return { world: run(world, ...forward), id };
}

const FORWARD: ForwardStatus[] = ['SERVICE_FAIT', 'MANDATEE', 'MISE_A_DISPOSITION_COMPTABLE', 'COMPTABILISEE', 'MISE_EN_PAIEMENT'];
const RANK: Partial<Record<InvoiceStatus, number>> = {
  MISE_A_DISPOSITION: 0, COMPLETEE: 0, SERVICE_FAIT: 1, MANDATEE: 2, MISE_A_DISPOSITION_COMPTABLE: 3, COMPTABILISEE: 4, MISE_EN_PAIEMENT: 5,
};

/** Moves tried on each status, with the statuses where the facts allow them. */
const MOVES: { name: string; event: (id: string) => Event; allowedIn: (status: InvoiceStatus) => boolean }[] = [
  { name: 'Valider et envoyer', event: (id) => ({ type: 'invoice.submit', invoiceId: id }), allowedIn: (s) => s === 'BROUILLON' },
  { name: 'Supprimer', event: (id) => ({ type: 'invoice.delete', invoiceId: id }), allowedIn: (s) => s === 'BROUILLON' },
  {
    name: 'Recycler (supplier)',
    event: (id) => ({ type: 'invoice.recycle', invoiceId: id, recipientSiret: SIRETS.valmont, codeService: 'AFFAIRES_SCOLAIRES', engagement: '' }),
    allowedIn: (s) => s === 'A_RECYCLER',
  },
  {
    name: 'Compléter',
    event: (id) => ({ type: 'invoice.complete', invoiceId: id, attachments: [], comment: 'Bon de livraison envoyé par courrier le 02/03.' }),
    allowedIn: (s) => s === 'SUSPENDUE',
  },
  { name: 'Acquitter', event: (id) => ({ type: 'invoice.acknowledge', invoiceIds: [id] }), allowedIn: (s) => s === 'REJETEE' || s === 'SUSPENDUE' },
  { name: 'Mise à recycler (public)', event: (id) => ({ type: 'public.recycle', invoiceId: id, reason: '' }), allowedIn: (s) => ['EN_COURS_ACHEMINEMENT', 'MISE_A_DISPOSITION', 'COMPLETEE'].includes(s) },
  { name: 'Suspendre (public)', event: (id) => ({ type: 'public.suspend', invoiceId: id, reason: 'Pièce manquante' }), allowedIn: (s) => ['MISE_A_DISPOSITION', 'COMPLETEE', 'SERVICE_FAIT'].includes(s) },
  { name: 'Rejeter (public)', event: (id) => ({ type: 'public.reject', invoiceId: id, reason: 'Doublon' }), allowedIn: (s) => ['MISE_A_DISPOSITION', 'COMPLETEE', 'SERVICE_FAIT'].includes(s) },
  ...FORWARD.map((target) => ({
    name: STATUS_LABELS[target],
    event: (id: string): Event => ({ type: 'public.advance', invoiceId: id, status: target }),
    allowedIn: (s: InvoiceStatus) => RANK[s] !== undefined && (RANK[s] ?? 0) < (RANK[target] ?? 0),
  })),
];

/** The life cycle of an A1 invoice; the statuses of the valideur's circuit (A9 / A12) are tested in validation.test.ts. */
const A1_STATUSES = INVOICE_STATUSES.filter((status) => !['A_VALIDER_1', 'VALIDEE_1', 'REFUSEE_1', 'ABSENCE_VALIDATION_1_HORS_DELAI'].includes(status));

describe.each(A1_STATUSES)('an invoice « %s »', (status) => {
  const { world, id } = reach(status);
  it('is in that status', () => {
    expect(world.invoices[id]?.status).toBe(status);
  });
  for (const move of MOVES) {
    const allowed = move.allowedIn(status);
    it(`${allowed ? 'allows' : 'refuses'} « ${move.name} »`, () => {
      const result = transition(world, move.event(id));
      if (allowed) expect(result.issues).toEqual([]);
      else {
        expect(result.issues.map((found) => found.code)).toEqual([
          expect.stringMatching(/^(invoice\.wrongStatus|public\.statusNotForward)$/),
        ]);
        expect(result.world).toBe(world);
      }
    });
  }
});

describe('routing as time passes', () => {
  it('moves Déposée → En cours d’acheminement → Mise à disposition, dated when each step happened', () => {
    const { world, id } = reach('DEPOSEE');
    const later = ok(world, { type: 'clock.advance', minutes: 60 });
    expect(later.invoices[id]?.history.map((change) => [change.status, change.at - world.now, change.by])).toEqual([
      ['BROUILLON', 0, 'fournisseur'],
      ['DEPOSEE', 0, 'fournisseur'],
      ['EN_COURS_ACHEMINEMENT', 1, 'systeme'],
      ['MISE_A_DISPOSITION', 6, 'systeme'],
    ]);
  });
  it('leaves brouillons alone and refuses odd clock moves', () => {
    const { world, id } = reach('BROUILLON');
    expect(ok(world, { type: 'clock.advance', minutes: 1000 }).invoices[id]?.status).toBe('BROUILLON');
    for (const minutes of [0, -5, 1.5, Number.NaN, 10_000_000]) expect(refused(world, { type: 'clock.advance', minutes })).toEqual(['clock.minutes']);
  });
});

describe('returns', () => {
  it('requires a motif to suspend or reject, and caps motifs at 255 characters', () => {
    const { world, id } = reach('MISE_A_DISPOSITION');
    expect(refused(world, { type: 'public.suspend', invoiceId: id, reason: ' ' })).toEqual(['public.reasonRequired']);
    expect(refused(world, { type: 'public.reject', invoiceId: id, reason: '' })).toEqual(['public.reasonRequired']);
    expect(refused(world, { type: 'public.recycle', invoiceId: id, reason: 'x'.repeat(256) })).toEqual(['field.tooLong']);
    expect(refused(world, { type: 'public.reject', invoiceId: 'f999', reason: 'Doublon' })).toEqual(['invoice.unknown']);
    const bogus = { type: 'public.advance', invoiceId: id, status: 'PAYEE' } as unknown as Event;
    expect(refused(world, bogus)).toEqual(['public.statusNotForward']);
  });

  it('À recycler: corrects only the routing data, keeps the number, and is routed again', () => {
    const { world, id } = reach('A_RECYCLER');
    expect(synthese(world, claireId).aRecycler).toBe(1);
    const same = { type: 'invoice.recycle', invoiceId: id, recipientSiret: SIRETS.valmont, codeService: 'SERV_TECHNIQUES', engagement: '' } as const;
    expect(refused(world, same)).toEqual(['invoice.recycleUnchanged']);
    expect(refused(world, { ...same, codeService: '' })).toEqual(['recipient.codeServiceRequired']);
    expect(refused(world, { ...same, recipientSiret: SIRETS.brenneHaute })).toEqual(['recipient.inactive']);
    expect(refused(world, { ...same, engagement: 'x'.repeat(51), codeService: 'y'.repeat(101) })).toEqual(['field.tooLong', 'field.tooLong']);
    const recycled = ok(world, { ...same, codeService: 'affaires_scolaires' });
    expect(recycled.invoices[id]).toMatchObject({ status: 'EN_COURS_ACHEMINEMENT', data: { number: 'FA-2026-001', codeService: 'AFFAIRES_SCOLAIRES' } });
    expect(ok(recycled, { type: 'clock.advance', minutes: 5 }).invoices[id]?.status).toBe('MISE_A_DISPOSITION');
  });

  it('Suspendue: shows in the pop-up; completing with a document or a comment makes it Complétée', () => {
    const { world, id } = reach('SUSPENDUE');
    expect(rejectionPopup(world)).toMatchObject({ visible: true, mandatory: false });
    expect(refused(world, { type: 'invoice.complete', invoiceId: id, attachments: [], comment: ' ' })).toEqual(['invoice.completionEmpty']);
    expect(refused(world, { type: 'invoice.complete', invoiceId: id, attachments: [{ name: 'bl.exe', size: 10 }], comment: '' })).toEqual(['attachment.extensionNotAllowed']);
    const big = Array.from({ length: 12 }, (_, i) => ({ name: `annexe-${i}.pdf`, size: 10 * 1024 * 1024 - 1 }));
    expect(refused(world, { type: 'invoice.complete', invoiceId: id, attachments: big, comment: '' })).toEqual(['attachment.totalTooLarge']);
    const completed = ok(world, { type: 'invoice.complete', invoiceId: id, attachments: [{ name: 'bl.pdf', size: 10 }], comment: 'Voici le bon de livraison.' });
    expect(completed.invoices[id]).toMatchObject({ status: 'COMPLETEE', acknowledged: false });
    expect(completed.invoices[id]?.data.attachments.map((file) => file.name)).toEqual(['FA-2026-001.pdf', 'bl.pdf']);
    expect(completed.invoices[id]?.data.comment).toBe('Voici le bon de livraison.');
    expect(rejectionPopup(completed).invoices).toEqual([]);
  });

  it('Rejetée: « Acquitter » does not remove it from the Synthèse; « Traiter le rejet » does, and prepares no brouillon (seed 003)', () => {
    const { world, id } = reach('REJETEE');
    expect(synthese(world, claireId)).toMatchObject({ rejetees: 1, aAcquitter: 1 });
    expect(refused(world, { type: 'invoice.handleRejection', invoiceId: id })).toEqual(['invoice.notAcknowledged']);
    const acknowledged = ok(world, { type: 'invoice.acknowledge', invoiceIds: [id] });
    expect(synthese(acknowledged, claireId)).toMatchObject({ rejetees: 1, aAcquitter: 0 });
    expect(refused(acknowledged, { type: 'invoice.acknowledge', invoiceIds: [id] })).toEqual(['invoice.alreadyAcknowledged']);
    const handled = ok(acknowledged, { type: 'invoice.handleRejection', invoiceId: id });
    expect(synthese(handled, claireId)).toMatchObject({ rejetees: 0, brouillons: 0 });
    expect(Object.keys(handled.invoices)).toEqual(Object.keys(acknowledged.invoices));
    expect(refused(handled, { type: 'invoice.handleRejection', invoiceId: id })).toEqual(['invoice.alreadyHandled']);
    // The new invoice is issued from scratch, and cannot take the rejected number again.
    const data = { ...sampleInvoice(handled), number: 'FA-2026-001' };
    expect(refused(handled, { type: 'invoice.save', invoiceId: null, data })).toEqual(['invoice.numberTaken']);
    const renumbered = ok(handled, { type: 'invoice.save', invoiceId: null, data: { ...data, number: 'FA-2026-002' } });
    const newId = Object.keys(renumbered.invoices).find((key) => !handled.invoices[key])!;
    const sent = run(renumbered, { type: 'invoice.submit', invoiceId: newId }, { type: 'invoice.confirm', invoiceId: newId });
    expect(sent.invoices[newId]?.status).toBe('DEPOSEE');
    expect(invoiceHistory(handled, id).filter((entry) => entry.kind === 'action').map((entry) => entry.kind === 'action' && entry.action)).toEqual([
      'invoice.saved',
      'invoice.sent',
      'invoice.acknowledged',
      'invoice.rejectionHandled',
    ]);
  });

  it('acknowledges several invoices at once, all or nothing', () => {
    const { world, id } = reach('REJETEE');
    expect(refused(world, { type: 'invoice.acknowledge', invoiceIds: [] })).toEqual(['invoice.nothingToAcknowledge']);
    expect(refused(world, { type: 'invoice.acknowledge', invoiceIds: [id, id] })).toEqual(['invoice.alreadyAcknowledged']);
    expect(refused(world, { type: 'invoice.acknowledge', invoiceIds: [id, 'f999'] })).toEqual(['invoice.unknown']);
  });

  it('the pop-up can be closed for 7 days, then acknowledging comes first', () => {
    const { world, id } = reach('REJETEE');
    const closed = ok(world, { type: 'session.dismissPopup' });
    expect(rejectionPopup(closed).visible).toBe(false);
    const late = ok(closed, { type: 'clock.advance', minutes: MANDATORY_ACK_MINUTES });
    expect(rejectionPopup(late)).toMatchObject({ visible: true, mandatory: true });
    expect(refused(late, { type: 'session.dismissPopup' })).toEqual(['session.popupMandatory']);
    expect(refused(late, { type: 'invoice.save', invoiceId: null, data: { ...sampleInvoice(late), number: 'FA-9' } })).toEqual(['session.popupMandatory']);
    const done = ok(late, { type: 'invoice.acknowledge', invoiceIds: [id] });
    ok(done, { type: 'invoice.save', invoiceId: null, data: { ...sampleInvoice(done), number: 'FA-9' } });
    expect(refused(done, { type: 'session.dismissPopup' })).toEqual(['invoice.nothingToAcknowledge']);
    expect(refused(ok(done, { type: 'session.logout' }), { type: 'session.dismissPopup' })).toEqual(['session.required']);
  });

  it('a new return shows the closed pop-up again', () => {
    const { world, id } = reach('SUSPENDUE');
    const closed = ok(world, { type: 'session.dismissPopup' });
    const completed = run(closed, { type: 'invoice.complete', invoiceId: id, attachments: [], comment: 'Pièce envoyée' });
    const again = ok(completed, { type: 'public.reject', invoiceId: id, reason: 'Doublon' });
    expect(rejectionPopup(again).visible).toBe(true);
  });
});

describe('Mise en paiement', () => {
  it('ends the nominal cycle: nothing moves it further', () => {
    const { world, id } = reach('MISE_EN_PAIEMENT');
    for (const target of FORWARD) expect(transition(world, { type: 'public.advance', invoiceId: id, status: target }).issues).not.toEqual([]);
  });
});
