import { describe, expect, it } from 'vitest';
import { HINT_COST, REFUSAL_COST, runCosts } from '../../../../src/domain/simulation/costs';

describe('runCosts', () => {
  it('costs as much as the évaluation score takes off (10 per refusal, 15 per hint)', () => {
    expect(REFUSAL_COST).toBe(10);
    expect(HINT_COST).toBe(15);
  });

  it('lists nothing for a run without refusal nor hint', () => {
    expect(runCosts({ errors: 0, hints: 0 }, ['Un refus vu plus tôt'])).toEqual([]);
  });

  it('names each refusal seen on the page, the latest ones when more were seen, then the hints', () => {
    expect(runCosts({ errors: 2, hints: 1 }, ['ancien', 'SIRET inconnu', 'Code service obligatoire'])).toEqual([
      { label: 'Refus du portail : SIRET inconnu', points: 10 },
      { label: 'Refus du portail : Code service obligatoire', points: 10 },
      { label: '1 indice demandé', points: 15 },
    ]);
  });

  it('counts the refusals made before a resume, whose messages this page never saw', () => {
    expect(runCosts({ errors: 3, hints: 2 }, ['SIRET inconnu'])).toEqual([
      { label: 'Refus du portail : SIRET inconnu', points: 10 },
      { label: '2 refus du portail avant la reprise de l’exercice', points: 20 },
      { label: '2 indices demandés', points: 30 },
    ]);
  });
});
