/**
 * The programme as the runtime sees it, and everything derived from it with the learner record: which
 * lessons are complete, the progress bar, the time left, where to resume, previous and next lessons.
 * Nothing here is stored: progress is always derived, so it can never disagree with the record.
 */
import type { LearnerRecord } from '../record/record';

export interface PlanLesson {
  id: string;
  module: string;
  minutes: number;
  /** Activities that complete the lesson; empty means « reach the end ». */
  activities: readonly string[];
  /** An annex: never required, outside the day. */
  optional?: boolean;
}

export interface PlanModule {
  id: string;
  lessons: readonly string[];
}

/** The compact programme shipped to the browser. */
export interface Plan {
  modules: readonly PlanModule[];
  lessons: readonly PlanLesson[];
}

/** Every tracked id of the plan (for decoding saved records). */
export function trackedIds(plan: Plan): string[] {
  return [...plan.modules.map((m) => m.id), ...plan.lessons.map((l) => l.id), ...plan.lessons.flatMap((l) => l.activities)];
}

/** A lesson is complete when its activities are all done, or, without activities, when its end was reached. */
export function isLessonComplete(record: LearnerRecord, lesson: PlanLesson): boolean {
  if (lesson.activities.length > 0) return lesson.activities.every((id) => record.activities[id]?.done === true);
  return record.lessons[lesson.id]?.ended === true;
}

/** A lesson is required unless it is optional or its module was marked « déjà maîtrisé » by the entry test. */
export function isLessonRequired(record: LearnerRecord, lesson: PlanLesson): boolean {
  return !lesson.optional && !record.mastered.includes(lesson.module);
}

export type LessonStatus = 'done' | 'started' | 'todo' | 'mastered';

export function lessonStatus(record: LearnerRecord, lesson: PlanLesson): LessonStatus {
  if (isLessonComplete(record, lesson)) return 'done';
  if (!lesson.optional && !isLessonRequired(record, lesson)) return 'mastered';
  return record.lessons[lesson.id]?.visited ? 'started' : 'todo';
}

export interface Progress {
  /** Required lessons completed / required lessons. */
  lessonsDone: number;
  lessonsTotal: number;
  /** Minutes of required lessons still to do. */
  minutesLeft: number;
  /** Share of required minutes done, 0–100, rounded down so 100 means truly finished. */
  percent: number;
  /** Every required lesson is complete. */
  complete: boolean;
}

export function progress(record: LearnerRecord, plan: Plan): Progress {
  let total = 0;
  let done = 0;
  let minutesTotal = 0;
  let minutesDone = 0;
  for (const lesson of plan.lessons) {
    if (!isLessonRequired(record, lesson)) continue;
    total++;
    minutesTotal += lesson.minutes;
    if (isLessonComplete(record, lesson)) {
      done++;
      minutesDone += lesson.minutes;
    }
  }
  const percent = minutesTotal === 0 ? 100 : Math.floor((minutesDone / minutesTotal) * 100);
  return { lessonsDone: done, lessonsTotal: total, minutesLeft: minutesTotal - minutesDone, percent, complete: done === total };
}

export type ModuleStatus = 'done' | 'started' | 'todo' | 'mastered';

export function moduleStatus(record: LearnerRecord, plan: Plan, moduleId: string): ModuleStatus {
  const lessons = plan.lessons.filter((l) => l.module === moduleId);
  // Optional lessons (annexes) do not hold a module back.
  const counted = lessons.filter((l) => !l.optional);
  if (counted.length > 0 && counted.every((l) => isLessonComplete(record, l))) return 'done';
  if (record.mastered.includes(moduleId)) return 'mastered';
  return lessons.some((l) => record.lessons[l.id]?.visited) ? 'started' : 'todo';
}

/**
 * Where « Reprendre » leads: the last lesson the learner was on, if it still exists; `null` for a learner
 * who has not started (the home page then offers « Commencer »).
 */
export function resumeLesson(record: LearnerRecord, plan: Plan): string | null {
  if (record.location && plan.lessons.some((l) => l.id === record.location)) return record.location;
  return null;
}

/** The first required lesson not yet complete, or `null` when everything is done. */
export function nextToDo(record: LearnerRecord, plan: Plan): string | null {
  const lesson = plan.lessons.find((l) => isLessonRequired(record, l) && !isLessonComplete(record, l));
  return lesson ? lesson.id : null;
}

/** Previous and next lessons in programme order. */
export function neighbours(plan: Plan, lessonId: string): { previous: string | null; next: string | null } {
  const index = plan.lessons.findIndex((l) => l.id === lessonId);
  if (index < 0) return { previous: null, next: null };
  return { previous: plan.lessons[index - 1]?.id ?? null, next: plan.lessons[index + 1]?.id ?? null };
}

/** « 1 h 05 », « 45 min » — French duration label. */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m}\u00a0min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h}\u00a0h` : `${h}\u00a0h\u00a0${String(rest).padStart(2, '0')}`;
}
