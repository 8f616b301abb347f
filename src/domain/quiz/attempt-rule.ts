/**
 * The rule for remaining attempts, on its own: the shell and `rules.ts` apply it without the attempt engine.
 */
import type { AttemptSummary } from './attempt';
import { fail, ok, type Result } from './types';

/**
 * The rule for remaining attempts: an attempt counts as soon as it is started (a reload resumes it rather
 * than drawing again, so abandoning one never buys a fresh draw). Remaining = allowed − started, never below 0.
 */
export function attemptsLeft(attempts: readonly AttemptSummary[], allowed: number): number {
  return Math.max(0, allowed - attempts.length);
}

/**
 * Whether a new attempt may start, and its number. Refused with `attempt.in-progress` (resume it instead),
 * `attempt.already-passed` (the test is passed: nothing to retake) or `attempt.none-left`.
 */
export function canStartAttempt(attempts: readonly AttemptSummary[], allowed: number): Result<{ number: number }> {
  const inProgress = attempts.find((a) => a.status === 'in-progress');
  if (inProgress) return fail({ code: 'attempt.in-progress', params: { number: inProgress.number } });
  const passed = attempts.find((a) => a.passed === true);
  if (passed) return fail({ code: 'attempt.already-passed', params: { number: passed.number } });
  if (attemptsLeft(attempts, allowed) === 0) return fail({ code: 'attempt.none-left', params: { allowed } });
  return ok({ number: Math.max(0, ...attempts.map((a) => a.number)) + 1 });
}
