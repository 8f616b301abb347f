import { describe, expect, it } from 'vitest';
import {
  canValidateSubcontract,
  CONTRACTS,
  contractsForUser,
  dossiersForUser,
  dossierTimeline,
  ficheIdentite,
  findPieceByNumber,
  initialOptions,
  lastPiece,
  nextOptions,
  PEOPLE,
  SIRETS,
  worksStage,
  worksSynthese,
  worksWorld,
  type World,
} from '../../../../src/domain/simulator';

const base = worksWorld();
const idOf = (world: World, who: keyof typeof PEOPLE) => Object.values(world.users).find((u) => u.loginEmail === PEOPLE[who].loginEmail)?.id ?? '';

describe('works queries', () => {
  it('show each user the dossiers of its role: the titulaire and MOE see all, others only their own', () => {
    const a4 = worksStage(base, 'a4');
    const both = worksStage(a4, 'a10');
    expect(dossiersForUser(both, idOf(both, 'marc'))).toHaveLength(2);
    expect(dossiersForUser(both, idOf(both, 'sophie'))).toHaveLength(2);
    expect(dossiersForUser(both, idOf(both, 'paul'))).toHaveLength(1);
    expect(dossiersForUser(both, idOf(both, 'nadia'))).toHaveLength(0);
    expect(contractsForUser(both, idOf(both, 'marc')).map((c) => c.numero)).toEqual(['MT-2026-014', 'MT-2026-021']);
    expect(contractsForUser(both, idOf(both, 'paul')).map((c) => c.numero)).toEqual(['MT-2026-014']);
  });

  it('count the Synthèse for the MOE and the titulaire', () => {
    const a4 = worksStage(base, 'a4');
    const piece = lastPiece(a4);
    expect(worksSynthese(a4, idOf(a4, 'sophie')).aTraiter.map((p) => p.id)).toEqual([piece.id]);
    const titulaire = worksSynthese(a4, idOf(a4, 'marc'));
    expect(titulaire.aTraiter).toEqual([]);
    expect(titulaire.misesADisposition.map((p) => p.id)).toEqual([piece.id]);
    const revised = worksStage(base, 'a15Revised');
    const after = worksSynthese(revised, idOf(revised, 'marc'));
    expect(after.traitees.map((p) => p.cadre)).toEqual(['A4']);
    expect(after.montantsRevises.map((p) => p.cadre)).toEqual(['A15']);
    expect(worksSynthese(revised, idOf(revised, 'sophie')).montantsRevises).toEqual([]);
  });

  it('give a dossier’s timeline in order with actors, amounts and revisions', () => {
    const a19 = worksStage(base, 'a19');
    const timeline = dossierTimeline(a19, lastPiece(a19).dossierId);
    expect(timeline.map((entry) => [entry.cadre, entry.depositorName, entry.toName, entry.amount.ht])).toEqual([
      ['A4', 'Électricité Bernard SAS', 'Atelier Ocre Architectes', 1_250_000],
      ['A15', 'Atelier Ocre Architectes', 'Commune de Valmont-sur-Loire', 1_180_000],
      ['A19', 'Commune de Valmont-sur-Loire', 'Commune de Valmont-sur-Loire', 1_180_000],
    ]);
    expect(timeline[1]?.revision?.requestedHt).toBe(1_250_000);
    expect(timeline[0]?.cadreLabel).toBe("Dépôt par un fournisseur d'un projet de décompte mensuel");
    expect(dossierTimeline(a19, 'd0')).toEqual([]);
  });

  it('find a piece by number among those the user sees', () => {
    const a19 = worksStage(base, 'a19');
    expect(findPieceByNumber(a19, idOf(a19, 'marc'), ' ea-2026-03 ').map((p) => p.cadre)).toEqual(['A15']);
    expect(findPieceByNumber(a19, idOf(a19, 'nadia'), 'EA-2026-03')).toEqual([]);
    expect(findPieceByNumber(a19, idOf(a19, 'marc'), '')).toEqual([]);
  });

  it('offer the next cadres to the actor whose turn it is, and none to the others', () => {
    const a4 = worksStage(base, 'a4');
    const id = lastPiece(a4).id;
    expect(nextOptions(a4, idOf(a4, 'sophie'), id)).toEqual([{ siret: SIRETS.ocre, role: 'moe', cadres: ['A15', 'A16'] }]);
    expect(nextOptions(a4, idOf(a4, 'marc'), id)).toEqual([]);
    const a20 = worksStage(base, 'a20');
    expect(nextOptions(a20, idOf(a20, 'marc'), lastPiece(a20).id)).toEqual([{ siret: SIRETS.bernard, role: 'titulaire', cadres: ['A8'] }]);
    const a10 = worksStage(base, 'a10');
    expect(nextOptions(a10, idOf(a10, 'sophie'), lastPiece(a10).id)).toEqual([]);
    expect(canValidateSubcontract(a10, idOf(a10, 'marc'), lastPiece(a10).id)).toBe(true);
    expect(canValidateSubcontract(a10, idOf(a10, 'paul'), lastPiece(a10).id)).toBe(false);
    // No « Marché » field: the titulaire of both marchés is offered the initial cadres of either.
    expect(initialOptions(base, idOf(base, 'marc'))).toEqual([{ siret: SIRETS.bernard, role: 'titulaire', cadres: ['A4', 'A7', 'A22', 'A5', 'A6'] }]);
    expect(initialOptions(base, idOf(base, 'paul'))).toEqual([{ siret: SIRETS.martin, role: 'sousTraitant', cadres: ['A10'] }]);
  });

  it('draw the fiche identité du marché: who deposits which cadre, to whom, with which SIRET and code service', () => {
    const fiche = ficheIdentite(base, CONTRACTS.avecMoe);
    expect(fiche.map((row) => row.role)).toEqual(['titulaire', 'cotraitant', 'sousTraitant', 'moe', 'moa', 'serviceFinancier']);
    expect(fiche.find((row) => row.role === 'moe')).toMatchObject({ siret: SIRETS.ocre, cadres: ['A15', 'A16', 'A17', 'A18', 'A24'] });
    expect(fiche.find((row) => row.role === 'serviceFinancier')).toMatchObject({ siret: SIRETS.valmont, codeService: 'FINANCES', cadres: [] });
    expect(fiche.find((row) => row.role === 'sousTraitant')).toMatchObject({ paiementDirect: true, sendsTo: [{ cadre: 'A10', to: 'titulaire' }] });
    const sans = ficheIdentite(base, CONTRACTS.sansMoe);
    expect(sans.some((row) => row.role === 'moe')).toBe(false);
    expect(sans.find((row) => row.role === 'titulaire')?.sendsTo).toContainEqual({ cadre: 'A4', to: 'moa' });
    expect(ficheIdentite(base, 'inconnu')).toEqual([]);
  });
});
