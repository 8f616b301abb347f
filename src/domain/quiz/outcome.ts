/**
 * What a quiz's outcome means for the course: when the activity is done, and which modules the entry test
 * marks « déjà maîtrisé ». The rules are stated here once; the store applies them, pages show them.
 */
import type { AttemptSummary, ModuleScore } from './attempt';
import { attemptsLeft } from './attempt-rule';
import type { BankKind } from './check';

/**
 * The positioning rule: a module is « déjà maîtrisé » after the entry test when the learner answered at least
 * `minScore` % of its questions entirely right, on at least `minQuestions` questions (one lucky answer is not
 * mastery). With the entry bank's 2 or 3 questions per module, this means all of them right.
 */
export const POSITIONING_RULE = { minScore: 80, minQuestions: 2 } as const;

/** Modules the entry test shows as mastered, in the order of `modules`. */
export function masteredModules(modules: Readonly<Record<string, ModuleScore>>, rule: { minScore: number; minQuestions: number } = POSITIONING_RULE): string[] {
  return Object.entries(modules)
    .filter(([, m]) => m.total >= rule.minQuestions && m.score >= rule.minScore)
    .map(([id]) => id);
}

/**
 * When the quiz counts as done for completion:
 * - the entry test and a module check (formative): once an attempt is submitted;
 * - the final test: once passed, or when every allowed attempt has been submitted.
 */
export function isQuizDone(kind: BankKind, attempts: readonly AttemptSummary[], allowed: number): boolean {
  const submitted = attempts.filter((a) => a.status === 'submitted');
  if (kind !== 'final') return submitted.length > 0;
  if (submitted.some((a) => a.passed === true)) return true;
  return attemptsLeft(attempts, allowed) === 0 && submitted.length === attempts.length;
}
