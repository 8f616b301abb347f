/**
 * The saved form of the learner record: versioned, compact and checksummed.
 *
 * Layout: `<version>.<checksum>.<payload>`, where the payload is JSON with every tracked id replaced by its
 * 5-character short key (see hash.ts) and lesson states packed as `[flags, seconds]`. The same string goes
 * to localStorage and, later, to the LMS's suspend_data (4,096 characters in SCORM 1.2), so it must stay
 * small. Decoding never throws: an unreadable or foreign string yields the reason as its issue, and the caller starts a
 * clean record with a notice.
 */
import { refuse, succeed, type Result } from '../result';
import { shortKey } from './hash';
import { emptyRecord, type ActivityResult, type LearnerRecord, type LessonState } from './record';

/** Current format version. Bump it when the payload changes shape, and keep decoding older ones if you can. */
export const RECORD_VERSION = 1;

/** Why a saved string could not be read. */
export type DecodeFailure = 'empty' | 'format' | 'version' | 'checksum';

/** The record read, with how many of its keys this course no longer tracks; or why it could not be read. */
export type DecodeResult = Result<{ record: LearnerRecord; unknownKeys: number }, DecodeFailure>;

interface Payload {
  /** lessons: key → [flags (1 visited, 2 ended), seconds] */
  l?: Record<string, [number, number]>;
  /** activities: key → [done 0/1, score or -1, attempts or -1, data?] */
  a?: Record<string, [number, number, number, string?]>;
  /** location key */
  p?: string;
  /** mastered module keys */
  m?: string[];
  /** learner name */
  n?: string;
}

/** A 32-bit checksum (FNV-1a) of the payload, in base 36. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Encodes a record into its saved string. */
export function encodeRecord(record: LearnerRecord): string {
  const payload: Payload = {};
  const lessons = Object.entries(record.lessons);
  if (lessons.length) {
    payload.l = Object.fromEntries(
      lessons.map(([id, s]) => [shortKey(id), [(s.visited ? 1 : 0) | (s.ended ? 2 : 0), s.seconds] as [number, number]]),
    );
  }
  const activities = Object.entries(record.activities);
  if (activities.length) {
    payload.a = Object.fromEntries(
      activities.map(([id, r]) => {
        const packed: [number, number, number, string?] = [r.done ? 1 : 0, r.score ?? -1, r.attempts ?? -1];
        if (r.data !== undefined) packed.push(r.data);
        return [shortKey(id), packed];
      }),
    );
  }
  if (record.location) payload.p = shortKey(record.location);
  if (record.mastered.length) payload.m = record.mastered.map(shortKey);
  if (record.learnerName) payload.n = record.learnerName;
  const json = JSON.stringify(payload);
  return `${RECORD_VERSION}.${checksum(json)}.${json}`;
}

const isInt = (value: unknown): value is number => Number.isInteger(value);

/**
 * Decodes a saved string. `knownIds` are every tracked id of the current content (lessons, modules,
 * activities): keys of removed content are dropped and counted in `unknownKeys`.
 */
export function decodeRecord(text: string | null | undefined, knownIds: readonly string[]): DecodeResult {
  if (!text) return refuse<DecodeFailure>('empty');
  const match = /^(\d+)\.([0-9a-z]+)\.(.*)$/s.exec(text);
  if (!match) return refuse<DecodeFailure>('format');
  if (Number(match[1]) !== RECORD_VERSION) return refuse<DecodeFailure>('version');
  const json = match[3] ?? '';
  if (checksum(json) !== match[2]) return refuse<DecodeFailure>('checksum');
  let payload: Payload;
  try {
    payload = JSON.parse(json) as Payload;
  } catch {
    return refuse<DecodeFailure>('format');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return refuse<DecodeFailure>('format');

  const byKey = new Map(knownIds.map((id) => [shortKey(id), id]));
  let unknownKeys = 0;
  const resolve = (key: unknown): string | undefined => {
    const id = typeof key === 'string' ? byKey.get(key) : undefined;
    if (id === undefined) unknownKeys++;
    return id;
  };

  let record = emptyRecord();
  const lessons: Record<string, LessonState> = {};
  for (const [key, value] of Object.entries(payload.l ?? {})) {
    if (!Array.isArray(value) || !isInt(value[0]) || !isInt(value[1]) || value[1] < 0) return refuse<DecodeFailure>('format');
    const id = resolve(key);
    if (id) lessons[id] = { visited: (value[0] & 1) === 1, ended: (value[0] & 2) === 2, seconds: value[1] };
  }
  const activities: Record<string, ActivityResult> = {};
  for (const [key, value] of Object.entries(payload.a ?? {})) {
    if (!Array.isArray(value) || !isInt(value[0]) || !isInt(value[1]) || !isInt(value[2])) return refuse<DecodeFailure>('format');
    if (value[3] !== undefined && typeof value[3] !== 'string') return refuse<DecodeFailure>('format');
    const id = resolve(key);
    if (!id) continue;
    const result: ActivityResult = { done: value[0] === 1 };
    if (value[1] >= 0) result.score = value[1];
    if (value[2] >= 0) result.attempts = value[2];
    if (value[3] !== undefined) result.data = value[3];
    activities[id] = result;
  }
  record = { ...record, lessons, activities };
  if (payload.p !== undefined) record = { ...record, location: resolve(payload.p) ?? null };
  if (payload.m !== undefined) {
    if (!Array.isArray(payload.m)) return refuse<DecodeFailure>('format');
    record = { ...record, mastered: payload.m.map(resolve).filter((id): id is string => id !== undefined) };
  }
  if (typeof payload.n === 'string' && payload.n.trim()) record = { ...record, learnerName: payload.n };
  return succeed({ record, unknownKeys });
}
