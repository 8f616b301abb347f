import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblems } from '../../../src/schemas/problems';
import { validateQuizBanks, type QuizQuestion } from '../../../src/schemas/quiz';
import { contentWords, formatQuizMeasures, measureQuizzes, questionGist, quizQualityProblems, similarity } from '../../../src/schemas/quiz-quality';

const FIXTURES = join(import.meta.dirname, '../../fixtures/quizzes/quality');

/** Two teaching modules' worth of programme: module 1 has two objectives; the final evaluation has no number. */
const programme = {
  modules: [
    { id: 'm1-test', number: 1, objectives: [{ id: 'm1-a' }, { id: 'm1-b' }] },
    { id: 'm8-fin', objectives: [{ id: 'm8-final' }] },
  ],
};
const course = {
  moduleIds: programme.modules.map((m) => m.id),
  lessonIds: ['l-un'],
  objectives: new Map(programme.modules.map((m) => [m.id, m.objectives.map((o) => o.id)])),
};

/** Parses the fixture banks as the build does, then measures them. */
function check(...names: string[]) {
  const files = names.map((name) => ({ file: name, data: parse(readFileSync(join(FIXTURES, name), 'utf8')) as unknown }));
  const parsed = validateQuizBanks(files, course);
  expect(parsed.problems).toEqual([]);
  const measures = measureQuizzes(parsed.files, programme);
  const problems = quizQualityProblems(measures, parsed.files).map((p) => ({ file: p.file, field: p.field, message: p.message, ...(p.hint ? { hint: p.hint } : {}) }));
  return { measures, problems };
}

describe('quiz quality measures', () => {
  it('accept a final bank that covers every objective, with varied cues', () => {
    const { measures, problems } = check('final-balanced.yaml');
    expect(problems).toEqual([]);
    expect(formatQuizMeasures(measures)).toMatchInlineSnapshot(`
      "final questions per objective: min 3, max 5 over 2 objectives
      right option longest: final-balanced 25 % (1/4)
      right answers in multiple choice: final-balanced 1×1 2×1 3×1
      entry/final similarity: max 0 %"
    `);
  });

  it('fail a final bank with an objective assessed by fewer than 3 questions', () => {
    const { problems } = check('final-uncovered.yaml');
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:
        - final-uncovered.yaml › objectives: [m1-b]: objective "m1-b" (m1-test) has 1 final-bank question (q-b1); it needs at least 3 so that attempts differ
            hint: write questions on it with objectives: [m1-b], or tag an existing question of m1-test that really assesses it"
    `);
  });

  it('fail a bank whose right option is the longest in 60 % of single-choice questions, and one whose multiple-choice questions all have 3 right answers', () => {
    const { measures, problems } = check('final-longest.yaml');
    expect(measures.longestRight[0]).toMatchObject({ name: 'final-longest', single: 5, rate: 0.6 });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "Content check failed with 2 problems:
        - final-longest.yaml › single-choice options: the right option is the longest in 3 of 5 single-choice questions of final-longest (60 %); it must stay under 35 %
            hint: give right and wrong options similar lengths (shorten the right one, make a wrong one as precise) in: q-a1, q-a2, q-b1
        - final-longest.yaml › multiple-choice answers: 3 of 3 multiple-choice questions of final-longest have 3 right answers (100 %); no count may exceed 50 %
            hint: vary the number of right answers (one, two, all…) in some of: q-b3, q-b4, q-b5"
    `);
  });

  it('fail an entry item that rewords a final item', () => {
    const { problems } = check('final-balanced.yaml', 'entry-near-copy.yaml');
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:
        - entry-near-copy.yaml › questions[0]: entry question "e-siret" is a near-copy of final question "q-b5" (word similarity 100 %; limit under 45 %)
            hint: assess the same objective with another situation or another fact, so the final test does not reward remembering the entry test"
    `);
  });

  it('count only a strictly longest right option, and compare content words without accents or small words', () => {
    const { measures } = check('final-balanced.yaml');
    // « Même taille » and « Tout autant » have the same length: no cue.
    expect(measures.longestRight[0]?.longest).toEqual(['q-a3']);
    expect([...contentWords("L'état d'acompte validé est déposé par la maîtrise d'ouvrage")]).toEqual(['etat', 'acompt', 'valide', 'depose', 'maitri', 'ouvrag']);
    expect(similarity(contentWords('Le portail refuse la facture'), contentWords('La facture est refusée par le portail'))).toBe(1);
    expect(similarity(new Set(), new Set())).toBe(0);
  });

  it('takes the right answer into the gist of a question, not the wrong ones', () => {
    const question: QuizQuestion = {
      id: 'q', type: 'single', module: 'm1-test', objectives: ['m1-a'], stem: 'Quel cadre ?', explanation: 'x', lesson: { id: 'l-un' }, shuffle: true,
      answer: 'a9', options: [{ id: 'a9', text: 'A9 sous-traitant' }, { id: 'a1', text: 'A1 fournisseur' }],
    };
    expect(questionGist(question)).toBe('Quel cadre ? A9 sous-traitant');
  });
});
