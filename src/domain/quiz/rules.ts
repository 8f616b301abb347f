/**
 * The quiz rules the course applies to saved attempts, stated once: passing (`isPassing`), whether a new
 * attempt may start (`startRule`), and each submitted attempt's outcome (`attemptOutcomes`, what the results
 * page, the attestation and the LMS link read). The quiz store, the islands and the launch shell call these;
 * none restates them.
 */
import type { AttemptResult, AttemptSummary } from './attempt';
import { canStartAttempt } from './attempt-rule';
import type { BankKind } from './check';
import type { Drawable } from './draw';
import { isPassing } from './mastery';
import { dayToIso, decodeAttempts, drawSettings, moduleScores, objectiveScores, redraw, type SavedAttempt } from './save';
import { fail, ok, type Result } from './types';

export { isPassing } from './mastery';

/** A bank reduced to what redrawing its attempts needs: ids, modules and objectives, no text. */
export interface BankOutline {
  id: string;
  kind: BankKind;
  draw?: number | undefined;
  questions: Drawable[];
  /** Final test: module id → weight (its minutes) for the stratified draw. */
  strata?: Record<string, number> | undefined;
}

/** The course's rules for one bank. */
export interface QuizRules {
  kind: BankKind;
  /** Pass mark in percent (`course.yaml` masteryScore). */
  masteryScore: number;
  /** Attempts allowed for the final test (`course.yaml` attempts); module checks are unlimited. */
  attempts: number;
}

/** Saved attempts as the attempt rule sees them. */
export function attemptSummaries(saved: readonly SavedAttempt[], masteryScore: number): AttemptSummary[] {
  return saved.map((a) => ({ number: a.number, status: a.status, passed: a.status === 'submitted' && isPassing(a.score, masteryScore) }));
}

/**
 * Whether a new attempt may start, by kind, and its number:
 * - the final test follows the engine's attempt rule (`canStartAttempt`: none in progress, not passed yet,
 *   attempts left);
 * - a module check may be taken again and again, one attempt at a time;
 * - the entry test is taken once: it positions the learner, who then changes the plan by hand.
 */
export function startRule(
  rules: QuizRules,
  saved: readonly SavedAttempt[],
  started: number,
): Result<{ number: number }> {
  if (rules.kind === 'final') return canStartAttempt(attemptSummaries(saved, rules.masteryScore), rules.attempts);
  const inProgress = saved.find((a) => a.status === 'in-progress');
  if (inProgress) return fail({ code: 'attempt.in-progress', params: { number: inProgress.number } });
  if (rules.kind === 'entry' && started > 0) return fail({ code: 'attempt.none-left', params: { allowed: 1 } });
  return ok({ number: started + 1 });
}

/** A submitted attempt as a results page shows it: date, score, per-module and per-objective scores (empty when the bank changed since). */
export interface AttemptOutcome extends Pick<AttemptResult, 'score' | 'passed' | 'modules' | 'objectives'> {
  number: number;
  /** YYYY-MM-DD. */
  date: string;
}

/** The submitted attempts of a bank saved in the activity's `data`, oldest first. */
export function attemptOutcomes(bank: BankOutline, data: string | undefined, masteryScore: number): AttemptOutcome[] {
  const draw = drawSettings(bank);
  return decodeAttempts(data).flatMap((a) => {
    if (a.status !== 'submitted') return [];
    const drawn = redraw(bank.questions, a, draw);
    return [{
      number: a.number,
      date: dayToIso(a.day),
      score: a.score,
      passed: isPassing(a.score, masteryScore),
      modules: drawn ? moduleScores(drawn, a.results) : {},
      objectives: drawn ? objectiveScores(drawn, a.results) : {},
    }];
  });
}

/** The best of the outcomes (the highest score; the latest among equals), `undefined` when there is none. */
export function bestOutcome(outcomes: readonly AttemptOutcome[]): AttemptOutcome | undefined {
  return outcomes.reduce<AttemptOutcome | undefined>((top, a) => (top === undefined || a.score >= top.score ? a : top), undefined);
}
