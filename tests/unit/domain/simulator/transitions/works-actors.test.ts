/** The titulaire's validation of an A10, the MOE's revision and its 30 days, and the scripted public side. */
import { describe, expect, it } from 'vitest';
import { actorsOf, CONTRACTS, DISAGREEMENT_MINUTES, depositEvent, EVENT_TYPES, lastPiece, nextEvent, PEOPLE, SIRETS, worksAmount, worksStage, worksWorld } from '../../../../../src/domain/simulator';
import { as, ok, refused } from '../helpers';

const base = worksWorld();

describe('works.validate (the titulaire validates its sous-traitant’s A10)', () => {
  const a10 = worksStage(base, 'a10');
  const id = lastPiece(a10).id;

  it('puts the A10 at the disposal of the MOE, which starts the délai global de paiement', () => {
    const world = ok(as(a10, 'marc'), { type: 'works.validate', pieceId: id, comment: 'Conforme au constat du 27/02.' });
    const piece = world.works?.pieces[id];
    expect(piece).toMatchObject({ status: 'MISE_A_DISPOSITION', to: 'moe', toSiret: SIRETS.ocre, validation: { at: world.now, tacit: false, comment: 'Conforme au constat du 27/02.' } });
    expect(world.works?.dossiers[piece?.dossierId ?? '']?.dgpStart).toBe(world.now);
    // Before the validation, the MOE could not follow it; after, it can.
    expect(refused(as(a10, 'sophie'), nextEvent(a10, id, { number: 'EA-ST-01' }))).toEqual(['works.validationPending']);
    const moe = as({ ...world, session: null }, 'sophie');
    expect(ok(moe, nextEvent(moe, id, { number: 'EA-ST-01' })).works?.pieces[id]?.status).toBe('TRAITEE');
  });

  it('is the titulaire’s alone, once, on an A10 only', () => {
    expect(refused(as(a10, 'paul'), { type: 'works.validate', pieceId: id, comment: '' })).toEqual(['works.notTitulaire']);
    const validated = ok(as(a10, 'marc'), { type: 'works.validate', pieceId: id, comment: '' });
    expect(refused(validated, { type: 'works.validate', pieceId: id, comment: '' })).toEqual(['works.alreadyValidated']);
    const a4 = worksStage(base, 'a4');
    expect(refused(as(a4, 'marc'), { type: 'works.validate', pieceId: lastPiece(a4).id, comment: '' })).toEqual(['works.notSubjectToValidation']);
  });
});

describe('the MOE’s revision: 30 days to disagree, outside the portal (facts §4.5)', () => {
  const revised = worksStage(base, 'a15Revised');
  const id = lastPiece(revised).id;

  it('is réputé accepté once the 30 days have passed', () => {
    expect(revised.works?.pieces[id]?.revision).toMatchObject({ outcome: 'enAttente', requestedHt: 1_250_000, decidedAt: null });
    const later = ok(revised, { type: 'clock.advance', minutes: DISAGREEMENT_MINUTES });
    expect(later.works?.pieces[id]?.revision).toMatchObject({ outcome: 'reputeeAcceptee', decidedAt: (revised.works?.pieces[id]?.revision?.notifiedAt ?? 0) + DISAGREEMENT_MINUTES });
  });

  it('has no contest event: disagreeing is not a portal action', () => {
    expect(EVENT_TYPES).not.toContain('works.contest');
  });
});

describe('public.worksMoa and public.worksPay (scripted public side)', () => {
  it('the MOA deposits the A19 from the MOE’s A15, then the service financier puts it en paiement', () => {
    const a19 = worksStage(base, 'a19');
    const piece = lastPiece(a19);
    expect(piece).toMatchObject({ cadre: 'A19', depositorRole: 'moa', depositedBy: null, to: 'serviceFinancier', status: 'MISE_A_DISPOSITION' });
    // It keeps the amount the MOE validated.
    expect(piece.amount.ht).toBe(1_180_000);
    const paid = ok(a19, { type: 'public.worksPay', pieceId: piece.id });
    expect(paid.works?.pieces[piece.id]?.status).toBe('MISE_EN_PAIEMENT');
    expect(paid.mails.filter((mail) => mail.params['what'] === 'paiement').map((mail) => mail.to)).toContain(PEOPLE.marc.loginEmail);
    expect(refused(paid, { type: 'public.worksPay', pieceId: piece.id })).toEqual(['works.alreadyPaid']);
  });

  it('refuses what the MOA may not deposit, and paying a piece not meant for the service financier', () => {
    const a4 = worksStage(base, 'a4');
    const id = lastPiece(a4).id;
    expect(refused(a4, { type: 'public.worksMoa', pieceId: id, cadre: 'A19', number: 'X', amount: null, comment: '' })).toEqual(['works.nextNotAllowed']);
    expect(refused(a4, { type: 'public.worksMoa', pieceId: id, cadre: 'A15', number: 'X', amount: null, comment: '' })).toEqual(['works.cadreWrongRole']);
    expect(refused(a4, { type: 'public.worksPay', pieceId: id })).toEqual(['works.notPayable']);
    expect(refused(a4, { type: 'public.worksPay', pieceId: 'p0' })).toEqual(['works.pieceUnknown']);
    const a15 = worksStage(base, 'a15Revised');
    const a15Id = lastPiece(a15).id;
    expect(refused(a15, { type: 'public.worksMoa', pieceId: a15Id, cadre: 'A20', number: 'X', amount: null, comment: '' })).toEqual(['works.nextNotAllowed']);
    expect(refused(a15, { type: 'public.worksMoa', pieceId: a15Id, cadre: 'A19', number: 'X', amount: worksAmount(900_000), comment: '' })).toEqual(['works.commentRequired']);
  });

  it('refuses paying a piece still being routed', () => {
    const a6 = ok(as(base, 'marc'), depositEvent({ ...actorsOf(CONTRACTS.sansMoe), cadre: 'A6', number: 'EAV-T-01' }));
    expect(refused(a6, { type: 'public.worksPay', pieceId: lastPiece(a6).id })).toEqual(['works.notAvailable']);
  });
});
