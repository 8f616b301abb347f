/**
 * An attempt in progress rebuilt from its save. Apart from `save.ts` so that what only reads saved attempts
 * (the launch shell's outcomes, `rules.ts`) does not bring the grading and presentation code with it.
 */
import { startAttempt, type AttemptState } from './attempt';
import { dayToIso, decodeResponse, drawCheck, type DrawSettings, type SavedInProgress } from './save';
import type { AnyQuestion, LearnerResponse } from './types';

/**
 * An attempt in progress rebuilt from its save: the same questions, order and answers. Answer times are not
 * saved (budget): restored answers carry none (a time made up here would reach the LMS as if true). `null`
 * when the bank changed since.
 */
export function restoreInProgress(bank: readonly AnyQuestion[], saved: SavedInProgress, settings: DrawSettings & { bank: string }): AttemptState | null {
  const started = startAttempt(bank, { ...settings, number: saved.number, seed: saved.seed, startedAt: `${dayToIso(saved.day)}T00:00:00.000Z` });
  if (!started.ok || drawCheck(started.value.questionIds) !== saved.check) return null;
  const byId = new Map(bank.map((q) => [q.id, q] as const));
  const answers: Record<string, { response: LearnerResponse }> = {};
  started.value.questionIds.forEach((id, i) => {
    const question = byId.get(id);
    const response = question ? decodeResponse(question, saved.answers[i] ?? '') : undefined;
    if (response !== undefined) answers[id] = { response };
  });
  return { ...started.value, answers };
}
