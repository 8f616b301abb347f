/**
 * The shell session's rules on the progress it reports, kept pure: when a record change deserves a commit,
 * the floor set by what the LMS held at the start, the exit mode, and the report of a record.
 */
import { isLessonComplete, type Plan } from '../../domain/course/plan';
import type { LearnerRecord } from '../../domain/record/record';
import { attemptOutcomes, bestOutcome } from '../../domain/quiz/rules';
import { finalTestFromRecord, trackingState, type FinalTestOutcome } from '../mapping';
import type { ExitMode, ObjectiveReport, ProgressReport, ResumeState } from '../tracking-port';
import type { ShellConfig } from './types';

/**
 * Whether a record change deserves a commit: a lesson became complete, or an activity's outcome changed
 * (a quiz submitted, a simulation result). Answers in progress and time spent wait for the next one.
 */
export function isCommitWorthy(before: LearnerRecord, after: LearnerRecord, plan: Plan): boolean {
  for (const lesson of plan.lessons) {
    if (!isLessonComplete(before, lesson) && isLessonComplete(after, lesson)) return true;
  }
  for (const [id, result] of Object.entries(after.activities)) {
    const old = before.activities[id];
    if (!old || old.done !== result.done || old.score !== result.score || old.attempts !== result.attempts) return true;
  }
  return before.mastered.join(' ') !== after.mastered.join(' ');
}

/**
 * The progress to send, never below what the LMS held when the session opened: completed stays completed,
 * a pass stays a pass, the best score is kept. Our own record is the authority for everything else.
 */
export function withLmsFloor(report: ProgressReport, resume: Pick<ResumeState, 'completion' | 'success' | 'score'>): ProgressReport {
  const completion = report.completion === 'completed' || resume.completion === 'completed' ? 'completed' : 'incomplete';
  let { success, score, attemptsLeft } = report;
  if (resume.success === 'passed' && success !== 'passed') {
    success = 'passed';
    attemptsLeft = false;
  } else if (resume.success === 'failed' && success === 'unknown') {
    success = 'failed';
    attemptsLeft = false;
  }
  const held = resume.score?.raw;
  if (held !== undefined && Number.isFinite(held) && (score === null || held > score.raw)) {
    const raw = Math.min(100, Math.max(0, held));
    score = { raw, min: 0, max: 100, scaled: Math.round((raw / 100) * 1e7) / 1e7 };
  }
  return { ...report, completion, success, score, attemptsLeft, progressMeasure: completion === 'completed' ? 1 : report.progressMeasure };
}

/** Finished: completed, and the final test passed or failed with no attempt left. */
export function exitFor(report: ProgressReport): ExitMode {
  const finished = report.completion === 'completed' && (report.success === 'passed' || (report.success === 'failed' && !report.attemptsLeft));
  return finished ? 'normal' : 'suspend';
}

/** The final test's outcome in the record (best attempt's module and objective scores), `null` without one. */
function finalTestOf(config: ShellConfig, record: LearnerRecord): FinalTestOutcome | null {
  const final = config.finalTest;
  if (!final) return null;
  const { masteryScore, attempts } = config;
  const best = bestOutcome(attemptOutcomes(final.bank, record.activities[final.bank.id]?.data, masteryScore));
  const scores = (list: Readonly<Record<string, { score: number }>> | undefined) =>
    list && Object.keys(list).length > 0 ? Object.fromEntries(Object.entries(list).map(([id, m]) => [id, { score: m.score }])) : undefined;
  return finalTestFromRecord(record, final.bank.id, { masteryScore, attempts }, scores(best?.modules), scores(best?.objectives));
}

export interface ShellReport {
  progress: ProgressReport;
  objectives: ObjectiveReport[];
  exit: ExitMode;
}

/** Completion, success, score and objectives of a record, floored by what the LMS held (`resume`). */
export function shellReport(config: ShellConfig, record: LearnerRecord, resume: ResumeState | null): ShellReport {
  const { plan, masteryScore } = config;
  const state = trackingState({ record, plan, finalTest: finalTestOf(config, record), masteryScore, objectives: config.finalTest?.objectives });
  const progress = resume ? withLmsFloor(state.progress, resume) : state.progress;
  return { progress, objectives: state.objectives, exit: exitFor(progress) };
}
