import { describe, expect, it } from 'vitest';
import { CADRES, CONTRACTS, WORKS_CONTRACTS } from '../../../../../src/domain/simulator';
import {
  CIRCUIT,
  cadreExistsOn,
  checkWorksAmount,
  checkWorksFile,
  destination,
  initialCadres,
  nextCadres,
  supplierRole,
  WORKS_CADRES,
} from '../../../../../src/domain/simulator/rules/works';

const avec = WORKS_CONTRACTS.find((c) => c.id === CONTRACTS.avecMoe)!;
const sans = WORKS_CONTRACTS.find((c) => c.id === CONTRACTS.sansMoe)!;

describe('the works circuit table', () => {
  it('covers exactly the cadres of « Factures de travaux »', () => {
    const travaux = Object.entries(CADRES).filter(([, cadre]) => cadre.espace === 'facturesDeTravaux').map(([code]) => code);
    expect([...WORKS_CADRES].sort()).toEqual(travaux.sort());
  });

  it('only ever leads to cadres that exist on the same marché, deposited by the actor the piece goes to (or the MOE’s A18 variant)', () => {
    for (const contract of [avec, sans]) {
      for (const cadre of WORKS_CADRES.filter((code) => cadreExistsOn(code, contract))) {
        for (const next of nextCadres(cadre, contract)) {
          expect(cadreExistsOn(next, contract), `${cadre} → ${next} on ${contract.numero}`).toBe(true);
          const to = cadre === 'A10' ? (contract.moe ? 'moe' : 'moa') : destination(cadre, contract);
          const variant = cadre === 'A17' && next === 'A18';
          const tacit = next === 'A23';
          if (!variant && !tacit) expect(CIRCUIT[next].role, `${cadre} → ${next}`).toBe(to);
        }
      }
    }
  });

  it('follows the facts: A4 → A15/A16 → A19 with MOE, A4 → A19 without; A7 → A17 → A20/A18 → A8', () => {
    expect(nextCadres('A4', avec)).toEqual(['A15', 'A16']);
    expect(nextCadres('A4', sans)).toEqual(['A19']);
    expect(nextCadres('A15', avec)).toEqual(['A19']);
    expect(nextCadres('A7', avec)).toEqual(['A17']);
    expect(nextCadres('A17', avec)).toEqual(['A20', 'A18']);
    expect(nextCadres('A20', sans)).toEqual(['A8']);
    expect(destination('A8', avec)).toBe('serviceFinancier');
    expect(initialCadres('moe', avec)).toEqual([]);
    expect(initialCadres('titulaire', avec)).toEqual(['A4', 'A7', 'A22']);
  });

  it('names each structure’s role on the marché', () => {
    expect(supplierRole(avec, avec.titulaire.siret)).toBe('titulaire');
    expect(supplierRole(avec, avec.moe?.siret ?? '')).toBe('moe');
    expect(supplierRole(sans, avec.moe?.siret ?? '')).toBeNull();
  });
});

describe('works amounts and file', () => {
  it('accept consistent cents at every rate, including 0 % (autoliquidation)', () => {
    expect(checkWorksAmount({ ht: 1_000_01, vatRate: 550, tva: 5_500, ttc: 1_055_01 }, 'a')).toEqual([]);
    expect(checkWorksAmount({ ht: 3_200_00, vatRate: 0, tva: 0, ttc: 3_200_00 }, 'a')).toEqual([]);
  });

  it('refuse negative, fractional and inconsistent amounts, with the expected figure', () => {
    expect(checkWorksAmount({ ht: -1, vatRate: 2000, tva: 0, ttc: 0 }, 'a').map((i) => i.code)).toEqual(['money.negative']);
    expect(checkWorksAmount({ ht: 100_00, vatRate: 2000, tva: 19_00, ttc: 119_00 }, 'a')).toEqual([
      { code: 'money.tvaMismatch', path: 'a.tva', params: { expected: 20_00 } },
    ]);
    expect(checkWorksAmount(null as never, 'a').map((i) => i.code)).toEqual(['field.required']);
  });

  it('require one PDF within the attachment rules', () => {
    expect(checkWorksFile({ name: 'DGD signé.PDF', size: 1 }, 'f')).toEqual([]);
    expect(checkWorksFile(null, 'f').map((i) => i.code)).toEqual(['works.fileRequired']);
    expect(checkWorksFile({ name: 'scan.jpg', size: 1 }, 'f').map((i) => i.code)).toEqual(['works.fileNotPdf']);
    expect(checkWorksFile({ name: `${'x'.repeat(60)}.pdf`, size: 1 }, 'f').map((i) => i.code)).toEqual(['attachment.nameTooLong']);
  });
});
