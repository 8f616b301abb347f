/** Time in « Factures de travaux »: routing, the délai global de paiement, the MOE's 7 days, the 30-day contest window, tacit A10. */
import { describe, expect, it } from 'vitest';
import {
  depositEvent,
  dossierDeadlines,
  DGP_MINUTES,
  lastPiece,
  loginAs,
  MINUTES_PER_DAY,
  MOE_DELAY_MINUTES,
  PEOPLE,
  WORKS_TACIT_VALIDATION_MINUTES,
  worksStage,
  worksWorld,
} from '../../../../../src/domain/simulator';
import { ok } from '../helpers';

const base = worksWorld();

describe('works time', () => {
  it('starts the DGP at the mise à disposition to the MOE and counts the MOE’s 7 days and the 30 days from there', () => {
    const deposited = ok(loginAs(base, PEOPLE.marc), depositEvent());
    const piece = lastPiece(deposited);
    expect(dossierDeadlines(deposited, piece.dossierId)).toMatchObject({ dgpStart: null, dgpEnd: null, moeDeadline: null, turn: null, paid: false });
    // Routed later than its due minute: still dated one minute after the deposit.
    const later = ok(deposited, { type: 'clock.advance', minutes: 3 * MINUTES_PER_DAY });
    const start = piece.depositedAt + 1;
    expect(later.works?.pieces[piece.id]?.history.map((h) => [h.status, h.at])).toEqual([['DEPOSEE', piece.depositedAt], ['MISE_A_DISPOSITION', start]]);
    expect(dossierDeadlines(later, piece.dossierId)).toMatchObject({
      dgpStart: start,
      moeDeadline: start + MOE_DELAY_MINUTES,
      // Whole days rounded up: 4 days and 1 minute left show as 5.
      moeDaysLeft: 5,
      dgpEnd: start + DGP_MINUTES,
      dgpDaysLeft: 28,
      turn: { role: 'moe', name: 'Atelier Ocre Architectes' },
    });
  });

  it('starts the DGP at the mise à disposition to the MOA on a marché sans MOE, with no MOE deadline', () => {
    const sans = worksStage(base, 'a4SansMoe');
    const deadlines = dossierDeadlines(sans, lastPiece(sans).dossierId);
    expect(deadlines?.dgpStart).toBe(lastPiece(sans).statusSince);
    expect(deadlines).toMatchObject({ moeDeadline: null, turn: { role: 'moa', name: 'Commune de Saint-Aubin-des-Landes' } });
  });

  it('does not move the DGP start when later pieces are mis à disposition', () => {
    const a4 = worksStage(base, 'a4');
    const start = a4.works?.dossiers[lastPiece(a4).dossierId]?.dgpStart;
    const a19 = worksStage(base, 'a19');
    expect(a19.works?.dossiers[lastPiece(a19).dossierId]?.dgpStart).toBe(start);
  });

  it('shows the deadline to disagree while the revision is open, then réputé accepté', () => {
    const revised = worksStage(base, 'a15Revised');
    const piece = lastPiece(revised);
    const deadline = (piece.revision?.notifiedAt ?? 0) + 30 * MINUTES_PER_DAY;
    expect(dossierDeadlines(revised, piece.dossierId)?.disagreementDeadline).toBe(deadline);
    const before = ok(revised, { type: 'clock.advance', minutes: deadline - revised.now - 1 });
    expect(before.works?.pieces[piece.id]?.revision?.outcome).toBe('enAttente');
    const after = ok(before, { type: 'clock.advance', minutes: 1 });
    expect(after.works?.pieces[piece.id]?.revision?.outcome).toBe('reputeeAcceptee');
    expect(dossierDeadlines(after, piece.dossierId)?.disagreementDeadline).toBeNull();
  });

  it('validates an A10 tacitly after 15 days without the titulaire’s answer, dated when the delay ran out', () => {
    const a10 = worksStage(base, 'a10');
    const piece = lastPiece(a10);
    const due = piece.statusSince + WORKS_TACIT_VALIDATION_MINUTES;
    expect(dossierDeadlines(a10, piece.dossierId)).toMatchObject({ tacitValidationAt: due, dgpStart: null, turn: { role: 'titulaire' } });
    const later = ok(a10, { type: 'clock.advance', minutes: 20 * MINUTES_PER_DAY });
    expect(later.works?.pieces[piece.id]).toMatchObject({ validation: { at: due, tacit: true }, to: 'moe', status: 'MISE_A_DISPOSITION', statusSince: due });
    expect(later.works?.dossiers[piece.dossierId]?.dgpStart).toBe(due);
  });
});
