/**
 * The learner record store and the named actions that change it. Islands and page scripts read `$record`
 * and call these actions; tracking (the launch shell keeps the record) reacts to changes elsewhere (src/reactions/).
 */
import { atom } from 'nanostores';
import type { Plan } from '../domain/course/plan';
import {
  addLessonTime,
  emptyRecord,
  endLesson,
  setActivityResult,
  setLearnerName,
  setMastered,
  visitLesson,
  type ActivityResult,
  type LearnerRecord,
} from '../domain/record/record';

export const $record = atom<LearnerRecord>(emptyRecord());

/** The programme of the current build, set once when a page boots. */
export const $plan = atom<Plan>({ modules: [], lessons: [] });

/** A message for the learner about their saved progress (e.g. an unreadable save was set aside). */
export const $recordNotice = atom<string | null>(null);

export function setPlan(plan: Plan): void {
  $plan.set(plan);
}

type Change = (record: LearnerRecord) => LearnerRecord;

/**
 * The changes this page made since its record was restored, kept until the launch shell's record arrives
 * (`takeShellRecord`) and applied again on it: a lesson ended or an answer given while the page was still
 * linking to the shell is not lost. `null` once the page knows which record it works on.
 */
let pending: Change[] | null = [];

function change(apply: Change): void {
  pending?.push(apply);
  $record.set(apply($record.get()));
}

/** Sets the record as saved: the page's changes from here on are kept until the shell's record arrives. */
export function restoreRecord(record: LearnerRecord, notice: string | null = null): void {
  pending = [];
  $record.set(record);
  $recordNotice.set(notice);
}

/** The launch shell's record (the LMS's) becomes the page's, with the page's own changes made before it came. */
export function takeShellRecord(record: LearnerRecord, notice: string | null): void {
  const next = withPageChanges(record);
  pending = null;
  $record.set(next);
  $recordNotice.set(notice);
}

/** The launch shell's record with this page's changes applied, while they wait for it (`takeShellRecord`). */
export function withPageChanges(record: LearnerRecord): LearnerRecord {
  return (pending ?? []).reduce((current, apply) => apply(current), record);
}

/** No shell answered: the page keeps the record it has. */
export function keepPageRecord(): void {
  pending = null;
}

export function openLesson(id: string): void {
  change((record) => visitLesson(record, id));
}

export function finishLesson(id: string): void {
  change((record) => endLesson(record, id));
}

export function spendTime(lessonId: string, seconds: number): void {
  change((record) => addLessonTime(record, lessonId, seconds));
}

export function saveActivity(id: string, result: ActivityResult): void {
  change((record) => setActivityResult(record, id, result));
}

export function markMastered(moduleId: string, mastered: boolean): void {
  change((record) => setMastered(record, moduleId, mastered));
}

export function rememberLearnerName(name: string): void {
  change((record) => setLearnerName(record, name));
}

export function dismissRecordNotice(): void {
  $recordNotice.set(null);
}

/** Starts over: an empty record, sent to the launch shell like any change. */
export function resetProgress(): void {
  change(() => emptyRecord());
}
