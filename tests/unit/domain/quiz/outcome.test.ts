import { describe, expect, it } from 'vitest';
import { isQuizDone, masteredModules, POSITIONING_RULE } from '../../../../src/domain/quiz';

describe('the positioning rule', () => {
  it('marks a module mastered at 80 % or more on at least two questions', () => {
    expect(POSITIONING_RULE).toEqual({ minScore: 80, minQuestions: 2 });
    expect(
      masteredModules({
        all: { correct: 3, total: 3, score: 100 },
        two: { correct: 2, total: 2, score: 100 },
        most: { correct: 4, total: 5, score: 80 },
        half: { correct: 1, total: 2, score: 50 },
        lucky: { correct: 1, total: 1, score: 100 },
      }),
    ).toEqual(['all', 'two', 'most']);
  });
});

describe('when a quiz is done', () => {
  it('a module check or the entry test: once an attempt is submitted', () => {
    expect(isQuizDone('module-check', [{ number: 1, status: 'in-progress' }], 3)).toBe(false);
    expect(isQuizDone('module-check', [{ number: 1, status: 'submitted', passed: false }], 3)).toBe(true);
    expect(isQuizDone('entry', [{ number: 1, status: 'submitted' }], 3)).toBe(true);
  });

  it('the final test: once passed, or when every attempt is submitted', () => {
    const failed = { status: 'submitted' as const, passed: false };
    expect(isQuizDone('final', [{ number: 1, ...failed }], 3)).toBe(false);
    expect(isQuizDone('final', [{ number: 1, status: 'submitted', passed: true }], 3)).toBe(true);
    expect(isQuizDone('final', [{ number: 1, ...failed }, { number: 2, ...failed }, { number: 3, status: 'in-progress' }], 3)).toBe(false);
    expect(isQuizDone('final', [{ number: 1, ...failed }, { number: 2, ...failed }, { number: 3, ...failed }], 3)).toBe(true);
  });
});
