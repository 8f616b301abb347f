/**
 * The « attestation de fin de formation »: when it is granted (the organisation's completion rule, from
 * content/organisation.yaml), what is still missing otherwise, the time actually spent, and its unique number
 * (derived from the learner record, so that « Mes résultats » can recompute and verify it with no server).
 * Pure: the islands pass the record, the plan and the final test's outcome.
 */
import { isLessonComplete, isLessonRequired, type Plan } from '../course/plan';
import type { LearnerRecord } from '../record/record';

/** The organisation's completion rule (content/organisation.yaml `completion`). */
export interface CompletionRule {
  /** Every required lesson must be done. */
  allRequiredLessons: boolean;
  /** Minimum minutes spent in the lessons (0: none). */
  minimumMinutes: number;
}

/** The passed final-test attempt the attestation rests on. */
export interface FinalPass {
  /** Day of the attempt, `YYYY-MM-DD`. */
  date: string;
  /** Score in percent. */
  score: number;
  /** Attempt number, from 1. */
  attempt: number;
}

/** What is still missing before the attestation is granted. */
export type Missing =
  | { kind: 'lessons'; lessons: string[] }
  | { kind: 'final' }
  | { kind: 'time'; spentMinutes: number; requiredMinutes: number };

export interface AttestationStatus {
  granted: boolean;
  missing: Missing[];
  /** Minutes actually spent in the lessons (rounded down). */
  spentMinutes: number;
}

/** Seconds spent in the lessons, as the record counts them (visible time on each lesson page). */
export function secondsSpent(record: LearnerRecord): number {
  return Object.values(record.lessons).reduce((sum, lesson) => sum + lesson.seconds, 0);
}

/**
 * Whether the attestation is granted and, if not, everything still missing, in the order a learner would do
 * it. `closing` lists the lessons the rule leaves out: the final test's own lesson (the final test is a
 * condition of its own) and those after it, such as the lesson that presents the attestation.
 */
export function attestationStatus(
  record: LearnerRecord,
  plan: Plan,
  pass: FinalPass | null,
  rule: CompletionRule,
  closing: readonly string[] = [],
): AttestationStatus {
  const missing: Missing[] = [];
  if (rule.allRequiredLessons) {
    const lessons = plan.lessons
      .filter((l) => !closing.includes(l.id) && isLessonRequired(record, l) && !isLessonComplete(record, l))
      .map((l) => l.id);
    if (lessons.length > 0) missing.push({ kind: 'lessons', lessons });
  }
  if (pass === null) missing.push({ kind: 'final' });
  const spentMinutes = Math.floor(secondsSpent(record) / 60);
  if (rule.minimumMinutes > 0 && spentMinutes < rule.minimumMinutes) missing.push({ kind: 'time', spentMinutes, requiredMinutes: rule.minimumMinutes });
  return { granted: missing.length === 0, missing, spentMinutes };
}

/** What the number is made from: the course, the learner and the passed attempt. */
export interface NumberSource {
  courseId: string;
  learnerName: string;
  pass: FinalPass;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford's base 32: no I, L, O, U to misread.

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function base32(value: number, length: number): string {
  let out = '';
  let rest = value >>> 0;
  for (let i = 0; i < length; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/** The learner's name as the number sees it: case, accents and spacing do not change the number. */
function canonicalName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toUpperCase();
}

/**
 * The attestation's unique number, e.g. `PCP-20261203-4F7K2-9QX3M`: the pass date, then ten characters
 * derived from the course, the learner's name and the passed attempt (two 32-bit hashes). The same record
 * always gives the same number; another learner, attempt or course gives another one.
 */
export function attestationNumber({ courseId, learnerName, pass }: NumberSource): string {
  const text = [courseId, canonicalName(learnerName), pass.date, pass.score, pass.attempt].join('|');
  const a = base32(fnv1a(text, 0x811c9dc5), 5);
  const b = base32(fnv1a(text, 0x2f5d9b21), 5);
  const prefix = courseId
    .split('-')
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 4);
  return `${prefix}-${pass.date.replaceAll('-', '')}-${a}-${b}`;
}

/** A number as typed: spaces dropped, upper case, letters Crockford reads as digits mapped (O→0, I/L→1). */
export function normaliseNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Whether a number typed matches the attestation of this record. */
export function verifyNumber(typed: string, source: NumberSource | null): boolean {
  if (!source) return false;
  return normaliseNumber(typed) === normaliseNumber(attestationNumber(source));
}
