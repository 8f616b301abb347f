import { describe, expect, it } from 'vitest';
import { conditionMet, loginAs, PEOPLE, SIRETS, type World } from '../../../../../src/domain/simulator';
import { lastPiece, worksStage, worksWorld } from '../../../../../src/domain/simulator/fixtures-works';
import { ok, refused } from '../helpers';

/** A dossier A4 → A15 (revised) → A19 on MT-2026-014, with `who` logged in. */
function dossierAs(who: { loginEmail: string; password: string }): World {
  return loginAs(worksStage(worksWorld(), 'a19'), who);
}

describe('works.consult', () => {
  it('keeps the consultation of a visible piece in the user history, and the goal sees it', () => {
    const world = dossierAs(PEOPLE.marc);
    const piece = lastPiece(world);
    expect(conditionMet(world, { type: 'works-consulted', number: piece.number })).toBe(false);
    const after = ok(world, { type: 'works.consult', pieceId: piece.id });
    expect(after.log.at(-1)).toMatchObject({ action: 'works.consulted', subject: piece.id });
    expect(conditionMet(after, { type: 'works-consulted', number: piece.number })).toBe(true);
    // Another piece of the dossier was not consulted.
    expect(conditionMet(after, { type: 'works-consulted', number: 'PDM-2026-03' })).toBe(false);
  });

  it('changes nothing in the dossier', () => {
    const world = dossierAs(PEOPLE.marc);
    const after = ok(world, { type: 'works.consult', pieceId: lastPiece(world).id });
    expect(after.works).toEqual(world.works);
  });

  it('refuses a piece the user does not see, an unknown piece, and nobody logged in', () => {
    // Plomberie Martin deposited nothing in this dossier and is neither titulaire nor MOE: it does not see it.
    const stranger = dossierAs(PEOPLE.paul);
    expect(refused(stranger, { type: 'works.consult', pieceId: lastPiece(stranger).id })).toEqual(['works.pieceUnknown']);
    const world = dossierAs(PEOPLE.marc);
    expect(refused(world, { type: 'works.consult', pieceId: 'p999' })).toEqual(['works.pieceUnknown']);
    expect(refused(worksStage(worksWorld(), 'a19'), { type: 'works.consult', pieceId: lastPiece(world).id })).toEqual(['session.required']);
  });

  it('the works-piece goal can require the actor the piece goes to', () => {
    const world = worksStage(worksWorld(), 'a4SansMoe');
    expect(conditionMet(world, { type: 'works-piece', cadre: 'A4', depositorSiret: SIRETS.bernard, to: 'moa' })).toBe(true);
    expect(conditionMet(world, { type: 'works-piece', cadre: 'A4', to: 'moe' })).toBe(false);
  });
});
