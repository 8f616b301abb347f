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
  mergeRecords,
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

export function restoreRecord(record: LearnerRecord, notice: string | null = null): void {
  $record.set(record);
  $recordNotice.set(notice);
}

/** Takes in a version of the record saved elsewhere (another tab), keeping the progress of both. */
export function mergeRecord(incoming: LearnerRecord): void {
  $record.set(mergeRecords($record.get(), incoming));
}

export function openLesson(id: string): void {
  $record.set(visitLesson($record.get(), id));
}

export function finishLesson(id: string): void {
  $record.set(endLesson($record.get(), id));
}

export function spendTime(lessonId: string, seconds: number): void {
  $record.set(addLessonTime($record.get(), lessonId, seconds));
}

export function saveActivity(id: string, result: ActivityResult): void {
  $record.set(setActivityResult($record.get(), id, result));
}

export function markMastered(moduleId: string, mastered: boolean): void {
  $record.set(setMastered($record.get(), moduleId, mastered));
}

export function rememberLearnerName(name: string): void {
  $record.set(setLearnerName($record.get(), name));
}

export function dismissRecordNotice(): void {
  $recordNotice.set(null);
}

/** Starts over: an empty record, sent to the launch shell like any change. */
export function resetProgress(): void {
  $record.set(emptyRecord());
}
