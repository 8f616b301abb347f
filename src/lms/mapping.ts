/**
 * What the LMS receives, derived from the learner record, the programme and the final test — for each
 * SCORM version. Pure: the tracking reaction calls `trackingState()` when the record changes and hands the
 * result to the TrackingPort; the adapters turn it into data model values with the `…Values12` /
 * `…Values2004` functions below (also what the tests assert on).
 *
 * The domain knows nothing of SCORM: completion comes from `progress()` (plan.ts), the final test's result
 * from the quiz engine; its interactions are formatted per version in interactions.ts.
 */
import { moduleStatus, progress, type Plan } from '../domain/course/plan';
import { isPassing } from '../domain/quiz/mastery';
import type { LearnerRecord } from '../domain/record/record';
import type { CmiValue } from './session';
import type { ExitMode, ObjectiveReport, ProgressReport, ScoreReport } from './tracking-port';

/** The final test's outcome, as the quiz engine and the record know it. */
export interface FinalTestOutcome {
  /** Best score, 0–100 (the quiz engine's `AttemptResult.score`, kept as the activity's best score). */
  score: number;
  /** `score` reached the mastery score. */
  passed: boolean;
  /** Attempts remain (only meaningful while not passed). */
  attemptsLeft: boolean;
  /** Per module id, the score 0–100 of the module's questions in the attempt reported (`AttemptResult.modules`). */
  modules?: Readonly<Record<string, { score: number }>>;
  /** Per objective id, the score 0–100 of the questions assessing it in the attempt reported (`AttemptResult.objectives`). */
  objectives?: Readonly<Record<string, { score: number }>>;
}

export interface MappingInput {
  record: LearnerRecord;
  plan: Plan;
  /** `null` until the learner has submitted the final test. */
  finalTest: FinalTestOutcome | null;
  /** course.yaml `masteryScore`, 0–100. */
  masteryScore: number;
  /** The objectives the final test assesses (course.yaml ids), in programme order, with their module. */
  objectives?: readonly CourseObjectiveRef[] | undefined;
}

/** An objective of the programme as the mapping needs it: its stable id and its module. */
export interface CourseObjectiveRef {
  id: string;
  module: string;
}

/** Everything the course reports, independent of the SCORM version. */
export interface TrackingState {
  progress: ProgressReport;
  /**
   * One per module of the programme, in programme order, then one per objective the final test assesses:
   * the final test assesses every objective, so an LMS can report what a learner masters, not only where.
   */
  objectives: ObjectiveReport[];
  exit: ExitMode;
}

/** Scores are on the course's 0–100 scale; `scaled` is the 2004 −1..1 measure (0..1 here). */
export function scoreReport(raw: number): ScoreReport {
  const clamped = Math.min(100, Math.max(0, raw));
  return { raw: clamped, min: 0, max: 100, scaled: Math.round((clamped / 100) * 1e7) / 1e7 };
}

/**
 * The final test's outcome from the learner record: its activity keeps the best score and the attempts
 * made. `modules` (per-module scores) only exist in the attempt's `AttemptResult`, pass them when known.
 */
export function finalTestFromRecord(
  record: LearnerRecord,
  activityId: string,
  rules: { masteryScore: number; attempts: number },
  modules?: FinalTestOutcome['modules'],
  objectives?: FinalTestOutcome['objectives'],
): FinalTestOutcome | null {
  const result = record.activities[activityId];
  if (result?.score === undefined) return null;
  const passed = isPassing(result.score, rules.masteryScore);
  const outcome: FinalTestOutcome = { score: result.score, passed, attemptsLeft: !passed && (result.attempts ?? 1) < rules.attempts };
  return { ...outcome, ...(modules ? { modules } : {}), ...(objectives ? { objectives } : {}) };
}

/**
 * Completion, success, score, objectives and exit from the record.
 *
 * - completion: `completed` when every required lesson is complete (`progress().complete`; modules the
 *   entry test marked « déjà maîtrisé » are not required);
 * - success and score: from the final test only (`unknown` and no score before it);
 * - exit: `suspend` while the course is unfinished, so the next launch resumes; `normal` once it is
 *   finished — completed, and the final test passed or failed with no attempt left.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.2 cmi.completion_status, cmi.success_status, cmi.score, cmi.exit;
 *   CONFORMANCE.md 2.1, 3.4, 3.6.
 */
export function trackingState({ record, plan, finalTest, masteryScore, objectives: assessed = [] }: MappingInput): TrackingState {
  const done = progress(record, plan);
  const success = finalTest === null ? 'unknown' : finalTest.passed ? 'passed' : 'failed';
  const report: ProgressReport = {
    completion: done.complete ? 'completed' : 'incomplete',
    success,
    score: finalTest === null ? null : scoreReport(finalTest.score),
    progressMeasure: done.complete ? 1 : Math.min(1, Math.max(0, done.percent / 100)),
    attemptsLeft: success === 'failed' && finalTest !== null && finalTest.attemptsLeft,
  };
  const finished = report.completion === 'completed' && (success === 'passed' || (success === 'failed' && !report.attemptsLeft));

  const completionOf = (moduleId: string): ObjectiveReport['completion'] => {
    const status = moduleStatus(record, plan, moduleId);
    return status === 'done' || status === 'mastered' ? 'completed' : status === 'started' ? 'incomplete' : 'not attempted';
  };
  const reported = (id: string, completion: ObjectiveReport['completion'], tested: { score: number } | undefined): ObjectiveReport =>
    tested
      ? { id, completion, success: isPassing(tested.score, masteryScore) ? 'passed' : 'failed', score: scoreReport(tested.score) }
      : { id, completion, success: 'unknown', score: null };
  const objectives = [
    ...plan.modules.map((module) => reported(module.id, completionOf(module.id), finalTest?.modules?.[module.id])),
    // An objective is as complete as its module's lessons; its success is the final test's, once taken.
    ...assessed.map((objective) => reported(objective.id, completionOf(objective.module), finalTest?.objectives?.[objective.id])),
  ];
  return { progress: report, objectives, exit: finished ? 'normal' : 'suspend' };
}

/**
 * The one `cmi.core.lesson_status` a SCORM 1.2 LMS sees, at each stage:
 *
 * | stage                                              | lesson_status | score.raw sent |
 * |----------------------------------------------------|---------------|----------------|
 * | started, final test not taken, lessons left        | `incomplete`  | no             |
 * | final test failed, attempts left                   | `incomplete`  | no             |
 * | final test failed, no attempt left                 | `failed`      | yes            |
 * | final test passed (even with lessons left)         | `passed`      | yes            |
 * | every required lesson complete, test not taken     | `completed`   | no             |
 *
 * Why: SCORM 1.2 has one status for both completion and success. Most LMSs read `failed` as final
 * (Cornerstone shows it as Failed, not completed), so a failure with attempts left stays `incomplete`; and
 * the raw score is held back until the result is final, because with a mastery score in the manifest the
 * LMS may recompute passed/failed from `score.raw` at LMSFinish (Moodle's « mastery score overrides status »,
 * on by default) and would turn that `incomplete` into `failed`. A pass is reported as `passed` at once, with
 * the score (TalentLMS reports a score only with `passed`/`completed` and a raw score); 1.2 LMSs count
 * `passed` as completed. SCORM 2004 has no such conflict: it reports completion and success separately.
 *
 * @spec SCORM 1.2 RTE §3.4 cmi.core.lesson_status, cmi.student_data.mastery_score; CONFORMANCE.md 2.1, 2.3,
 *   0.5 and §8 (Moodle, Cornerstone, TalentLMS).
 */
export function lessonStatus12(progressReport: ProgressReport): 'passed' | 'failed' | 'completed' | 'incomplete' {
  if (progressReport.success === 'passed') return 'passed';
  if (progressReport.success === 'failed' && !progressReport.attemptsLeft) return 'failed';
  if (progressReport.success === 'unknown' && progressReport.completion === 'completed') return 'completed';
  return 'incomplete';
}

const num = (n: number): string => String(Math.round(n * 1e7) / 1e7);

/**
 * A score's values under `prefix` (`cmi.core.score`, `cmi.objectives.3.score`…): `scaled` first where the
 * version has it (2004), then raw, min and max.
 */
function scoreValues(prefix: string, score: ScoreReport, scaled: boolean): CmiValue[] {
  const keys = scaled ? (['scaled', 'raw', 'min', 'max'] as const) : (['raw', 'min', 'max'] as const);
  return keys.map((key) => ({ element: `${prefix}.${key}`, value: num(score[key]) }));
}

/** SCORM 1.2 values for the course's status and score: score first, then status (CONFORMANCE.md 2.5). */
export function progressValues12(report: ProgressReport): CmiValue[] {
  const status = lessonStatus12(report);
  const values: CmiValue[] = [];
  if (report.score && (status === 'passed' || status === 'failed')) values.push(...scoreValues('cmi.core.score', report.score, false));
  values.push({ element: 'cmi.core.lesson_status', value: status });
  return values;
}

/** SCORM 2004 values for completion, success, score and progress: score first, then statuses. */
export function progressValues2004(report: ProgressReport): CmiValue[] {
  const values: CmiValue[] = [];
  if (report.score) values.push(...scoreValues('cmi.score', report.score, true));
  values.push(
    { element: 'cmi.progress_measure', value: num(report.progressMeasure) },
    { element: 'cmi.success_status', value: report.success },
    { element: 'cmi.completion_status', value: report.completion },
  );
  return values;
}

/**
 * SCORM 1.2 values of objective `n`: 1.2 has one status, so a tested module reports passed/failed and the
 * others their completion (`completed`, `incomplete`, `not attempted`).
 */
export function objectiveValues12(n: number, objective: ObjectiveReport): CmiValue[] {
  const prefix = `cmi.objectives.${n}`;
  const values: CmiValue[] = [{ element: `${prefix}.id`, value: objective.id }];
  if (objective.score) values.push(...scoreValues(`${prefix}.score`, objective.score, false));
  values.push({ element: `${prefix}.status`, value: objective.success === 'unknown' ? objective.completion : objective.success });
  return values;
}

/** SCORM 2004 values of objective `n`. */
export function objectiveValues2004(n: number, objective: ObjectiveReport): CmiValue[] {
  const prefix = `cmi.objectives.${n}`;
  const values: CmiValue[] = [{ element: `${prefix}.id`, value: objective.id }];
  if (objective.score) values.push(...scoreValues(`${prefix}.score`, objective.score, true));
  values.push(
    { element: `${prefix}.success_status`, value: objective.success },
    { element: `${prefix}.completion_status`, value: objective.completion },
  );
  return values;
}

/**
 * The learner's name for the home page and the attestation. SCORM 1.2 LMSs commonly send
 * `cmi.core.student_name` as « Nom, Prénom »; it becomes « Prénom Nom ».
 */
export function displayLearnerName(name: string): string {
  const trimmed = name.trim();
  const match = /^([^,]+),\s*([^,]+)$/.exec(trimmed);
  return match?.[1] && match[2] ? `${match[2].trim()} ${match[1].trim()}` : trimmed;
}
