import { describe, expect, it } from 'vitest';
import {
  actorsOf,
  CONTRACTS,
  depositEvent,
  lastPiece,
  nextEvent,
  run,
  SIRETS,
  transition,
  worksAmount,
  worksStage,
  worksWorld,
  WORKS_ROUTING_MINUTES,
  type World,
} from '../../../../../src/domain/simulator';
import { as, ok, refused } from '../helpers';

const base = worksWorld();
const tick = (world: World) => ok(world, { type: 'clock.advance', minutes: WORKS_ROUTING_MINUTES });

describe('works.deposit (dépôt initial)', () => {
  it('opens a dossier with the titulaire’s A4, Déposée and addressed to the MOE, then mis à disposition a minute later', () => {
    const world = ok(as(base, 'marc'), depositEvent());
    const piece = lastPiece(world);
    expect(piece).toMatchObject({ cadre: 'A4', number: 'PDM-2026-03', status: 'DEPOSEE', depositorRole: 'titulaire', to: 'moe', toSiret: SIRETS.ocre, parentId: null });
    const dossier = world.works?.dossiers[piece.dossierId];
    expect(dossier).toMatchObject({ contractId: CONTRACTS.avecMoe, pieceIds: [piece.id], dgpStart: null });
    const routed = tick(world);
    expect(lastPiece(routed).status).toBe('MISE_A_DISPOSITION');
    expect(routed.works?.dossiers[piece.dossierId]?.dgpStart).toBe(piece.depositedAt + WORKS_ROUTING_MINUTES);
  });

  it('sends the A4 to the MOA on a marché sans MOE', () => {
    const world = ok(as(base, 'marc'), depositEvent({ ...actorsOf(CONTRACTS.sansMoe) }));
    expect(lastPiece(world)).toMatchObject({ to: 'moa', toSiret: SIRETS.saintAubin });
  });

  it('opens one dossier per dépôt initial', () => {
    let world = ok(as(base, 'marc'), depositEvent());
    world = ok(world, depositEvent({ number: 'PDM-2026-04' }));
    expect(Object.keys(world.works?.dossiers ?? {})).toHaveLength(2);
  });

  it('lets the cotraitant deposit an A13 and the sous-traitant admitted to paiement direct an A10 (to the titulaire first)', () => {
    const a13 = ok(as(base, 'nadia'), depositEvent({ siret: SIRETS.roussel, cadre: 'A13', number: 'PR-01' }));
    expect(lastPiece(a13)).toMatchObject({ depositorRole: 'cotraitant', to: 'moe' });
    const a10 = ok(as(base, 'paul'), depositEvent({ siret: SIRETS.martin, cadre: 'A10', number: 'PM-01', amount: worksAmount(320_000, 0) }));
    expect(lastPiece(a10)).toMatchObject({ depositorRole: 'sousTraitant', to: 'titulaire', toSiret: SIRETS.bernard, validation: null });
  });

  it('needs a session, an engagement naming a marché, and a structure that is an actor of it', () => {
    expect(refused(base, depositEvent())).toEqual(['session.required']);
    expect(refused(as(base, 'marc'), depositEvent({ engagement: 'EJ-INCONNU' }))).toEqual(['works.engagementUnknown']);
    expect(refused(as(base, 'marc'), depositEvent({ engagement: '' }))).toEqual(['works.engagementRequired']);
    expect(refused(as(base, 'marc'), depositEvent({ siret: SIRETS.durandSiege }))).toEqual(['structure.unknown']);
    expect(refused(as(base, 'sophie'), depositEvent({ siret: SIRETS.bernard }))).toEqual(['structure.notMember']);
    // The sous-traitant of MT-2026-014 is no actor of MT-2026-021: its engagement names no marché of his.
    expect(refused(as(base, 'paul'), depositEvent({ ...actorsOf(CONTRACTS.sansMoe), siret: SIRETS.martin, cadre: 'A10' }))).toEqual(['works.engagementUnknown']);
  });

  it('needs « Factures de travaux » subscribed in modification', () => {
    const readOnly = worksWorld({ mode: 'consultation' });
    expect(refused(as(readOnly, 'marc'), depositEvent())).toEqual(['espace.readOnly']);
  });

  it('refuses a cadre of another espace, naming it', () => {
    const world = as(base, 'marc');
    const result = refused(world, depositEvent({ cadre: 'A1' }));
    expect(result).toEqual(['works.cadreOtherEspace']);
    expect(refused(world, depositEvent({ cadre: 'A99' }))).toEqual(['invoice.cadreUnknown']);
  });

  it('refuses the cadre of another role, and a cadre that cannot open a dossier', () => {
    expect(refused(as(base, 'marc'), depositEvent({ cadre: 'A15' }))).toEqual(['works.cadreWrongRole']);
    expect(refused(as(base, 'sophie'), depositEvent({ siret: SIRETS.ocre, cadre: 'A4' }))).toEqual(['works.cadreWrongRole']);
    expect(refused(as(base, 'marc'), depositEvent({ cadre: 'A8' }))).toEqual(['works.cadreNotInitial']);
  });

  it('keeps A5 / A6 for marchés sans MOE and the MOE cadres for marchés with one', () => {
    expect(refused(as(base, 'marc'), depositEvent({ cadre: 'A5' }))).toEqual(['works.cadreSansMoe']);
    const sans = ok(as(base, 'marc'), depositEvent({ ...actorsOf(CONTRACTS.sansMoe), cadre: 'A5' }));
    expect(lastPiece(sans).to).toBe('moa');
    const a6 = ok(as(base, 'marc'), depositEvent({ ...actorsOf(CONTRACTS.sansMoe), cadre: 'A6' }));
    expect(lastPiece(a6).to).toBe('serviceFinancier');
  });

  it('refuses a sous-traitant not admitted to paiement direct', () => {
    const world = structuredClone(base);
    const st = world.works?.contracts[CONTRACTS.avecMoe]?.sousTraitants[0];
    if (st) st.paiementDirect = false;
    expect(refused(as(world, 'paul'), depositEvent({ siret: SIRETS.martin, cadre: 'A10', amount: worksAmount(320_000, 0) }))).toEqual(['works.noDirectPayment']);
  });

  it('checks number, amounts, file and comment together', () => {
    const world = ok(as(base, 'marc'), depositEvent());
    expect(refused(world, depositEvent())).toEqual(['works.numberTaken']);
    expect(refused(world, depositEvent({ number: ' ', amount: worksAmount(0), file: null, comment: 'x'.repeat(300) }))).toEqual([
      'field.required', 'works.amountZero', 'works.fileRequired', 'field.tooLong',
    ]);
    expect(refused(world, depositEvent({ number: 'N2', amount: { ht: 100_00, vatRate: 2000, tva: 10_00, ttc: 130_00 } }))).toEqual(['money.tvaMismatch', 'money.ttcMismatch']);
    expect(refused(world, depositEvent({ number: 'N2', amount: { ht: 100.5, vatRate: 700, tva: 0, ttc: 0 } }))).toEqual(['money.notCents', 'works.vatRate']);
    expect(refused(world, depositEvent({ number: 'N2', amount: worksAmount(99_999_999_999, 0) }))).toEqual(['works.amountTooLarge']);
    expect(refused(world, depositEvent({ number: 'N2', file: { name: 'situation.docx', size: 1000 } }))).toEqual(['works.fileNotPdf']);
    expect(refused(world, depositEvent({ number: 'N2', file: { name: 'situation.pdf', size: 20 * 1024 * 1024 } }))).toEqual(['attachment.tooLarge']);
  });

  it('does not throw on garbage input', () => {
    const world = as(base, 'marc');
    const garbage = { ...depositEvent(), cadre: 42, number: null, amount: 'cher', file: 'x', siret: undefined } as unknown as ReturnType<typeof depositEvent>;
    expect(refused(world, garbage).length).toBeGreaterThan(0);
  });
});

describe('works.depositNext (« Déposer la pièce de facturation suivante »)', () => {
  const a4 = worksStage(base, 'a4');
  const a4Id = lastPiece(a4).id;

  it('attaches the MOE’s A15 to the same dossier and marks the A4 Traitée', () => {
    const world = ok(as(a4, 'sophie'), nextEvent(a4, a4Id, { number: 'EA-01' }));
    const piece = lastPiece(world);
    expect(piece).toMatchObject({ cadre: 'A15', parentId: a4Id, dossierId: a4.works?.pieces[a4Id]?.dossierId, to: 'moa', toSiret: SIRETS.valmont, revision: null });
    expect(world.works?.pieces[a4Id]?.status).toBe('TRAITEE');
    expect(world.works?.dossiers[piece.dossierId]?.pieceIds).toEqual([a4Id, piece.id]);
  });

  it('records a revision when the MOE changes the HT, and requires a comment saying why', () => {
    const world = as(a4, 'sophie');
    expect(refused(world, nextEvent(a4, a4Id, { number: 'EA-01', amount: worksAmount(1_000_000) }))).toEqual(['works.commentRequired']);
    const revised = ok(world, nextEvent(a4, a4Id, { number: 'EA-01', amount: worksAmount(1_000_000), comment: 'Travaux de la cour non réalisés.' }));
    expect(lastPiece(revised).revision).toEqual({ requestedHt: 1_250_000, notifiedAt: revised.now, outcome: 'enAttente', decidedAt: null });
    expect(revised.mails.some((mail) => mail.kind === 'worksPiece' && mail.params['what'] === 'revision')).toBe(true);
  });

  it('refuses a piece not allowed after this one, naming the allowed cadres', () => {
    expect(refused(as(a4, 'sophie'), nextEvent(a4, a4Id, { cadre: 'A17' }))).toEqual(['works.nextNotAllowed']);
    expect(refused(as(a4, 'sophie'), nextEvent(a4, a4Id, { cadre: 'A4' }))).toEqual(['works.cadreWrongRole']);
    expect(refused(as(a4, 'marc'), nextEvent(a4, a4Id, { siret: SIRETS.bernard, cadre: 'A8' }))).toEqual(['works.nextNotAllowed']);
  });

  it('refuses a piece not yet mis à disposition, and following a piece twice', () => {
    const deposited = ok(as(base, 'marc'), depositEvent());
    const id = lastPiece(deposited).id;
    const moe = as(run(deposited, { type: 'session.logout' }), 'sophie');
    expect(refused(moe, nextEvent(moe, id, {}))).toEqual(['works.notAvailable']);
    const once = ok(as(a4, 'sophie'), nextEvent(a4, a4Id, { number: 'EA-01' }));
    expect(refused(once, nextEvent(once, a4Id, { number: 'EA-02' }))).toEqual(['works.alreadyFollowed']);
  });

  it('hides pieces from structures that are not part of the dossier', () => {
    expect(refused(as(a4, 'sophie'), nextEvent(a4, 'p999', {}))).toEqual(['works.pieceUnknown']);
    // The cotraitant sees neither the titulaire's dossier nor its pieces.
    expect(refused(as(a4, 'nadia'), nextEvent(a4, a4Id, { siret: SIRETS.roussel }))).toEqual(['works.pieceUnknown']);
  });

  it('without MOE: the MOE cadres do not exist and the MOA follows the A4', () => {
    const sans = worksStage(base, 'a4SansMoe');
    const id = lastPiece(sans).id;
    expect(lastPiece(sans).to).toBe('moa');
    expect(refused(as(sans, 'marc'), nextEvent(sans, id, { siret: SIRETS.bernard, cadre: 'A15' }))).toEqual(['works.cadreNeedsMoe']);
    const moa = ok(sans, { type: 'public.worksMoa', pieceId: id, cadre: 'A19', number: 'EAV-SA-01', amount: null, comment: '' });
    expect(lastPiece(moa)).toMatchObject({ cadre: 'A19', depositorRole: 'moa', depositorSiret: SIRETS.saintAubin, to: 'serviceFinancier' });
  });

  it('at the end of the marché: A20 mis à disposition of the titulaire, who deposits the signed A8 to the service financier', () => {
    const a20 = worksStage(base, 'a20');
    const id = lastPiece(a20).id;
    expect(lastPiece(a20)).toMatchObject({ cadre: 'A20', to: 'titulaire', status: 'MISE_A_DISPOSITION' });
    const signed = ok(as(a20, 'marc'), nextEvent(a20, id, { siret: SIRETS.bernard, cadre: 'A8', number: 'DGD-2026-01' }));
    expect(lastPiece(signed)).toMatchObject({ cadre: 'A8', to: 'serviceFinancier', toSiret: SIRETS.valmont, parentId: id });
    const cadres = Object.values(signed.works?.pieces ?? {}).map((piece) => piece.cadre);
    expect(cadres).toEqual(['A7', 'A17', 'A20', 'A8']);
    expect(new Set(Object.values(signed.works?.pieces ?? {}).map((piece) => piece.dossierId)).size).toBe(1);
  });
});

describe('works.deposit: the maître d’ouvrage and maître d’œuvre typed from the fiche identité (facts §4.6)', () => {
  const marc = as(base, 'marc');

  it('accepts the actors as the fiche gives them, spaces and case aside, and files the piece under the engagement’s marché', () => {
    const world = ok(marc, depositEvent({ engagement: ' ej-2026-0142 ', moaSiret: `${SIRETS.valmont.slice(0, 3)}\u00a0${SIRETS.valmont.slice(3)}`, moaCodeService: 'serv_techniques' }));
    const piece = lastPiece(world);
    expect(world.works?.dossiers[piece.dossierId]?.contractId).toBe(CONTRACTS.avecMoe);
    expect(piece).toMatchObject({ to: 'moe', toSiret: SIRETS.ocre });
  });

  it('refuses a SIRET that is not the MOA designated for the engagement, with the SIRET typed and the engagement', () => {
    const issues = transition(marc, depositEvent({ moaSiret: SIRETS.saintAubin })).issues;
    expect(issues.map((i) => i.code)).toEqual(['works.moaNotDesignated']);
    expect(issues[0]).toMatchObject({ path: 'moaSiret', params: { siret: SIRETS.saintAubin, engagement: 'EJ-2026-0142' } });
    expect(refused(marc, depositEvent({ moaSiret: '' }))).toEqual(['works.moaRequired']);
  });

  it('asks the code service the MOA requires, and refuses another one', () => {
    expect(refused(marc, depositEvent({ moaCodeService: '' }))).toEqual(['works.moaCodeServiceRequired']);
    expect(refused(marc, depositEvent({ moaCodeService: 'FINANCES' }))).toEqual(['works.moaCodeServiceUnknown']);
  });

  it('refuses a missing or wrong MOE on a marché avec MOE, and any MOE on a marché sans MOE', () => {
    expect(refused(marc, depositEvent({ moeSiret: '' }))).toEqual(['works.moeRequired']);
    expect(refused(marc, depositEvent({ moeSiret: SIRETS.roussel }))).toEqual(['works.moeNotDesignated']);
    expect(refused(marc, depositEvent({ ...actorsOf(CONTRACTS.sansMoe), moeSiret: SIRETS.ocre }))).toEqual(['works.moeNotOnMarche']);
  });

  it('reports the actors, the cadre and the fields of the form together, and deposits nothing', () => {
    const result = transition(marc, depositEvent({ moaSiret: SIRETS.saintAubin, moeSiret: '', cadre: 'A15', file: null }));
    expect(result.issues.map((i) => i.code)).toEqual(['works.moaNotDesignated', 'works.moeRequired', 'works.cadreWrongRole', 'works.fileRequired']);
    expect(result.world.works?.pieces).toEqual({});
  });
});

describe('works.deposit: a sous-traitant’s A10 is invoiced without VAT (autoliquidation, CGI art. 283-2 nonies)', () => {
  const paul = as(base, 'paul');

  it('refuses a VAT rate other than 0 % on an A10, on the rate field', () => {
    for (const rate of [2000, 1000, 550]) {
      const issues = transition(paul, depositEvent({ siret: SIRETS.martin, cadre: 'A10', amount: worksAmount(320_000, rate) })).issues;
      expect(issues).toEqual([expect.objectContaining({ code: 'works.autoliquidation', path: 'amount.vatRate', params: { cadre: 'A10' } })]);
    }
  });

  it('accepts the A10 at 0 %, and keeps VAT for the titulaire’s and the cotraitant’s pieces', () => {
    expect(lastPiece(ok(paul, depositEvent({ siret: SIRETS.martin, cadre: 'A10', number: 'PM-1', amount: worksAmount(320_000, 0) }))).amount.tva).toBe(0);
    expect(lastPiece(ok(as(base, 'nadia'), depositEvent({ siret: SIRETS.roussel, cadre: 'A13', number: 'PR-1' }))).amount.vatRate).toBe(2000);
    expect(lastPiece(ok(as(base, 'marc'), depositEvent())).amount.vatRate).toBe(2000);
  });
});
