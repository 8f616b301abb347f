/**
 * Every works issue code is reached by a real event, and its French message names the reason (no code is
 * left without a situation that produces it).
 */
import { describe, expect, it } from 'vitest';
import {
  actorsOf,
  CONTRACTS,
  depositEvent,
  lastPiece,
  MESSAGE_CODES,
  message,
  nextEvent,
  SIRETS,
  transition,
  worksAmount,
  worksStage,
  worksWorld,
  type Event,
  type IssueCode,
  type World,
} from '../../../../src/domain/simulator';
import { as } from './helpers';

const base = worksWorld();
const a4 = worksStage(base, 'a4');
const a10 = worksStage(base, 'a10');
const a19 = worksStage(base, 'a19');
const noDirect = structuredClone(base);
for (const st of noDirect.works?.contracts[CONTRACTS.avecMoe]?.sousTraitants ?? []) st.paiementDirect = false;
const paid = transition(a19, { type: 'public.worksPay', pieceId: lastPiece(a19).id }).world;
const followed = transition(as(a4, 'sophie'), nextEvent(a4, lastPiece(a4).id, { number: 'EA-X' })).world;
const outsider = structuredClone(base);
for (const contract of Object.values(outsider.works?.contracts ?? {})) contract.sousTraitants = [];
const validated = transition(as(a10, 'marc'), { type: 'works.validate', pieceId: lastPiece(a10).id, comment: '' }).world;
const deposited = transition(as(base, 'marc'), depositEvent()).world;

/** One situation per code: the world, the event, and a word the message must contain. */
const CASES: Record<Extract<IssueCode, `works.${string}`>, [World, Event, string]> = {
  'works.pieceUnknown': [as(a4, 'sophie'), nextEvent(a4, 'p0', {}), 'introuvable'],
  'works.notActor': [as(outsider, 'paul'), depositEvent({ siret: SIRETS.martin, cadre: 'A10', amount: worksAmount(100_00, 0) }), 'aucun marché'],
  'works.engagementRequired': [as(base, 'marc'), depositEvent({ engagement: ' ' }), 'engagement'],
  'works.engagementUnknown': [as(base, 'paul'), depositEvent({ ...actorsOf(CONTRACTS.sansMoe), siret: SIRETS.martin, cadre: 'A10' }), 'EJ-2026-0217'],
  'works.moaRequired': [as(base, 'marc'), depositEvent({ moaSiret: '' }), 'SIRET'],
  'works.moaNotDesignated': [as(base, 'marc'), depositEvent({ moaSiret: SIRETS.saintAubin }), 'désignée'],
  'works.moaCodeServiceRequired': [as(base, 'marc'), depositEvent({ moaCodeService: '' }), 'code service'],
  'works.moaCodeServiceUnknown': [as(base, 'marc'), depositEvent({ moaCodeService: 'FINANCES' }), 'FINANCES'],
  'works.moeRequired': [as(base, 'marc'), depositEvent({ moeSiret: '' }), 'MT-2026-014'],
  'works.moeNotDesignated': [as(base, 'marc'), depositEvent({ moeSiret: SIRETS.roussel }), SIRETS.roussel],
  'works.moeNotOnMarche': [as(base, 'marc'), depositEvent({ ...actorsOf(CONTRACTS.sansMoe), moeSiret: SIRETS.ocre }), 'laissez vide'],
  'works.autoliquidation': [as(base, 'paul'), depositEvent({ siret: SIRETS.martin, cadre: 'A10', amount: worksAmount(320_000) }), '283-2 nonies'],
  'works.cadreOtherEspace': [as(base, 'marc'), depositEvent({ cadre: 'A9' }), 'Factures émises'],
  'works.cadreWrongRole': [as(base, 'marc'), depositEvent({ cadre: 'A15' }), 'A4'],
  'works.cadreNotInitial': [as(base, 'marc'), depositEvent({ cadre: 'A8' }), 'pièce de facturation suivante'],
  'works.cadreNeedsMoe': [as(base, 'marc'), depositEvent({ ...actorsOf(CONTRACTS.sansMoe), cadre: 'A15' }), 'MT-2026-021'],
  'works.cadreSansMoe': [as(base, 'marc'), depositEvent({ cadre: 'A6' }), 'A4'],
  'works.nextNotAllowed': [as(a4, 'sophie'), nextEvent(a4, lastPiece(a4).id, { cadre: 'A17' }), 'A15 ou A16'],
  'works.noDirectPayment': [as(noDirect, 'paul'), depositEvent({ siret: SIRETS.martin, cadre: 'A10', amount: worksAmount(100_00, 0) }), 'paiement direct'],
  'works.notAvailable': [deposited, { type: 'public.worksMoa', pieceId: lastPiece(deposited).id, cadre: 'A19', number: 'X', amount: null, comment: '' }, 'Déposée'],
  'works.alreadyFollowed': [followed, nextEvent(followed, lastPiece(a4).id, { number: 'EA-Y' }), 'Traitée'],
  'works.validationPending': [as(a10, 'sophie'), nextEvent(a10, lastPiece(a10).id, {}), 'titulaire'],
  'works.notSubjectToValidation': [as(a4, 'marc'), { type: 'works.validate', pieceId: lastPiece(a4).id, comment: '' }, 'A10'],
  'works.notTitulaire': [as(a10, 'paul'), { type: 'works.validate', pieceId: lastPiece(a10).id, comment: '' }, 'Électricité Bernard SAS'],
  'works.alreadyValidated': [validated, { type: 'works.validate', pieceId: lastPiece(a10).id, comment: '' }, 'déjà'],
  'works.numberTaken': [deposited, depositEvent(), 'PDM-2026-03'],
  'works.fileRequired': [as(base, 'marc'), depositEvent({ file: null }), 'fichier'],
  'works.fileNotPdf': [as(base, 'marc'), depositEvent({ file: { name: 'a.png', size: 10 } }), 'PDF'],
  'works.vatRate': [as(base, 'marc'), depositEvent({ amount: { ht: 100, vatRate: 1500, tva: 15, ttc: 115 } }), '5,5'],
  'works.amountZero': [as(base, 'marc'), depositEvent({ amount: worksAmount(0) }), 'zéro'],
  'works.amountTooLarge': [as(base, 'marc'), depositEvent({ amount: worksAmount(10_000_000_000, 0) }), '99'],
  'works.commentRequired': [as(a4, 'sophie'), nextEvent(a4, lastPiece(a4).id, { amount: worksAmount(1_000_000) }), '12'],
  'works.notPayable': [a4, { type: 'public.worksPay', pieceId: lastPiece(a4).id }, 'service financier'],
  'works.alreadyPaid': [paid, { type: 'public.worksPay', pieceId: lastPiece(a19).id }, 'déjà'],
};

describe('works issue codes', () => {
  it('has a case for every works code', () => {
    expect(Object.keys(CASES).sort()).toEqual(MESSAGE_CODES.filter((code) => code.startsWith('works.')).sort());
  });
  for (const [code, [world, event, word]] of Object.entries(CASES)) {
    it(`${code} is reached and its message says why`, () => {
      const found = transition(world, event).issues.find((issue) => issue.code === code);
      expect(found, JSON.stringify(transition(world, event).issues)).toBeDefined();
      if (found) expect(message(found)).toContain(word);
    });
  }
});
