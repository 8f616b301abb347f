/**
 * The saved form of a run in progress: a short string stored in the learner record (`ActivityResult.data`),
 * which shares the record's small budget (suspend_data). Only what cannot be recomputed is saved — the mode,
 * the learner's accepted events, the refusals and hints counted — never the world, which a replay rebuilds.
 *
 * Version 2, `2|<saved at, minutes base 36>|<JSON>`: each event is `[type index, step, changes]`, where
 * `step` (1-based, 0 for none) names the scenario step whose expected event it starts from and `changes`
 * holds only the fields the learner typed differently (field names shortened by a fixed table; a field
 * missing from the table keeps its name behind `~`; fields to remove are listed under `-`). A learner who
 * follows the exercise thus costs a few characters per action. A run longer than `maxLength` keeps its
 * first events only (the exercise resumes a little earlier). `-` alone is a run set aside to keep the record
 * within its budget (see src/reactions/simulation-save.ts); it carries no date, since only the runs kept are
 * ranked by age, and one character per exercise keeps the largest record within its budget (`2|<saved at>|-`,
 * the earlier form, still reads as set aside). Version 1 (plain JSON) still decodes.
 *
 * A run may end with the draft of the form being filled (`Run.draft`): `{s: screen, p?: params, f: forms}`,
 * field names shortened as above, and every text the scenario's steps hold (a SIRET, an invoice number…)
 * saved as its index among them (`valueRefs`), so typing what the exercise asks costs a few characters; a
 * number typed as such is saved as `{"#": n}`. A draft is dropped before any event to keep `maxLength`.
 * Decoding never throws: anything unreadable gives `null`, and the learner starts the exercise afresh.
 */
import { EVENT_TYPES, type Event } from '../simulator/core';
import type { RunDraft, SimulationMode } from './run';
import { keysOf } from '../keys';

/** Format version; bump it when the layout changes. */
export const RUN_CODEC_VERSION = 2;

/** Field names → short keys. Never reuse or change a short key: saved runs depend on them. */
const KEYS: Readonly<Record<string, string>> = {
  invoiceId: 'i',
  data: 'd',
  supplierSiret: 'S',
  cadre: 'c',
  kind: 'k',
  number: 'n',
  date: 'D',
  recipientSiret: 'R',
  codeService: 'C',
  engagement: 'E',
  valideurSiret: 'V',
  vatType: 'T',
  paymentMode: 'P',
  bankAccountId: 'B',
  lines: 'l',
  designation: 'g',
  quantity: 'q',
  unitPriceCents: 'u',
  discountCents: 'x',
  vatRate: 'r',
  declaredTotals: 'Z',
  ht: 'h',
  tva: 'v',
  ttc: 't',
  attachments: 'a',
  name: 'N',
  size: 'z',
  comment: 'o',
  minutes: 'm',
  invoiceIds: 'I',
  reason: 'w',
  status: 's',
  siret: 'Y',
  loginEmail: 'L',
  contactEmail: 'M',
  firstName: 'F',
  lastName: 'H',
  password: 'p',
  passwordConfirmation: 'pc',
  acceptTerms: 'at',
  token: 'tk',
  code: 'cd',
  requestId: 'rq',
  label: 'lb',
  active: 'ac',
  holder: 'ho',
  iban: 'ib',
  bic: 'bc',
  espace: 'es',
  mode: 'md',
  confirmed: 'cf',
  complement: 'cp',
  question: 'qu',
  category: 'ct',
  subCategory: 'sc',
  email: 'em',
  title: 'ti',
  description: 'de',
  captcha: 'ca',
  // « Factures de travaux »
  contractId: 'ci',
  pieceId: 'pi',
  amount: 'am',
  file: 'fl',
  motif: 'mf',
};
const NAMES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(KEYS).map(([name, key]) => [key, name]));

const MODES: Readonly<Record<SimulationMode, string>> = { demonstration: 'd', entrainement: 'e', evaluation: 'v' };

function shorten(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shorten);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [KEYS[name] ?? `~${name}`, shorten(item)]));
  }
  return value;
}

function lengthen(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lengthen);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.startsWith('~') ? key.slice(1) : (NAMES[key] ?? key), lengthen(item)]),
    );
  }
  return value;
}

/** What a saved run holds. */
export interface SavedRun {
  mode: SimulationMode;
  events: Event[];
  errors: number;
  hints: number;
  /** The form being filled, if any (absent when there is none). */
  draft?: RunDraft | undefined;
}

/** The part of a scenario step the codec uses: its expected event, if any. */
export interface CodecStep {
  event?: unknown;
}

export interface EncodeOptions {
  /** The scenario's steps: events are saved as differences from them. */
  steps?: readonly CodecStep[];
  /** When the run was saved (minutes since the epoch): the oldest runs are set aside first. */
  savedAt?: number;
  /** Longest encoding allowed; later events are dropped to fit. */
  maxLength?: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `value` that differ from `base` (deep for objects; arrays and scalars compared whole). */
function diff(base: Record<string, unknown>, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const removed = Object.keys(base).filter((name) => !(name in value));
  for (const [name, item] of Object.entries(value)) {
    const was = base[name];
    if (same(was, item)) continue;
    out[KEYS[name] ?? `~${name}`] = isObject(was) && isObject(item) ? diff(was, item) : shorten(item);
  }
  if (removed.length > 0) out['-'] = removed.map((name) => KEYS[name] ?? `~${name}`);
  return out;
}

/** `base` with the saved `changes` applied (the inverse of `diff`). */
function patch(base: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, item] of Object.entries(changes)) {
    if (key === '-') continue;
    const name = key.startsWith('~') ? key.slice(1) : (NAMES[key] ?? key);
    const was = out[name];
    out[name] = isObject(was) && isObject(item) ? patch(was, item) : lengthen(item);
  }
  const removed = changes['-'];
  if (Array.isArray(removed)) for (const key of removed) if (typeof key === 'string') delete out[key.startsWith('~') ? key.slice(1) : (NAMES[key] ?? key)];
  return out;
}

/** The step whose expected event the learner's event is closest to (same type, fewest differences). */
function closestStep(steps: readonly CodecStep[], event: Event): number {
  let best = -1;
  let bestSize = Infinity;
  steps.forEach((step, index) => {
    if (!isObject(step.event) || step.event['type'] !== event.type) return;
    const size = JSON.stringify(diff(step.event, event as unknown as Record<string, unknown>)).length;
    if (size < bestSize) {
      best = index;
      bestSize = size;
    }
  });
  return best;
}

function packEvent(event: Event, steps: readonly CodecStep[]): unknown[] {
  const index = closestStep(steps, event);
  const { type, ...fields } = event;
  const base = index >= 0 ? (steps[index]!.event as Record<string, unknown>) : { type };
  const changes = diff(base, { type, ...fields });
  const packed: unknown[] = [EVENT_TYPES.indexOf(type), index + 1];
  if (Object.keys(changes).length > 0) packed.push(changes);
  return packed;
}

const SET_ASIDE = '-';

function header(savedAt: number | undefined): string {
  return `${RUN_CODEC_VERSION}|${Math.max(0, Math.floor(savedAt ?? 0)).toString(36)}|`;
}

/** Every text and number the steps' events hold, once each, in order: what a draft refers to by index. */
export function valueRefs(steps: readonly CodecStep[]): string[] {
  const out = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number') out.add(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (isObject(value)) Object.values(value).forEach(walk);
  };
  for (const step of steps) walk(step.event);
  return [...out];
}

function packValue(value: unknown, refs: readonly string[]): unknown {
  if (typeof value === 'string') {
    const index = value.length > 2 ? refs.indexOf(value) : -1;
    return index >= 0 ? index : value;
  }
  if (typeof value === 'number') return { '#': value };
  if (Array.isArray(value)) return value.map((item) => packValue(item, refs));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([name, item]) => [KEYS[name] ?? `~${name}`, packValue(item, refs)]));
  return value;
}

function unpackValue(value: unknown, refs: readonly string[]): unknown {
  if (typeof value === 'number') return refs[value] ?? '';
  if (Array.isArray(value)) return value.map((item) => unpackValue(item, refs));
  if (isObject(value)) {
    if ('#' in value && typeof value['#'] === 'number') return value['#'];
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.startsWith('~') ? key.slice(1) : (NAMES[key] ?? key), unpackValue(item, refs)]));
  }
  return value;
}

function packDraft(draft: RunDraft, steps: readonly CodecStep[]): string {
  const refs = valueRefs(steps);
  const forms = Object.fromEntries(Object.entries(draft.forms).map(([name, fields]) => [name, packValue(fields, refs)]));
  return JSON.stringify({ s: draft.screen, ...(draft.params && Object.keys(draft.params).length > 0 ? { p: draft.params } : {}), f: forms });
}

function unpackDraft(value: unknown, steps: readonly CodecStep[]): RunDraft | undefined {
  if (!isObject(value) || typeof value['s'] !== 'string' || !isObject(value['f'])) return undefined;
  const params = value['p'];
  if (params !== undefined && (!isObject(params) || Object.values(params).some((item) => typeof item !== 'string'))) return undefined;
  const refs = valueRefs(steps);
  const forms: Record<string, Record<string, unknown>> = {};
  for (const [name, fields] of Object.entries(value['f'])) {
    const unpacked = unpackValue(fields, refs);
    if (isObject(unpacked)) forms[name] = unpacked;
  }
  return { screen: value['s'], ...(params ? { params: params as Record<string, string> } : {}), forms };
}

/** Encodes a run in progress (see the file comment). */
export function encodeRun(run: SavedRun, options: EncodeOptions = {}): string {
  const steps = options.steps ?? [];
  const events = run.events.map((event) => JSON.stringify(packEvent(event, steps)));
  const head = `${header(options.savedAt)}["${MODES[run.mode]}",${run.errors},${run.hints},[`;
  let kept = events.length;
  const total = (n: number) => head.length + events.slice(0, n).reduce((sum, e) => sum + e.length, 0) + Math.max(n - 1, 0) + 2;
  const draft = run.draft ? `,${packDraft(run.draft, steps)}` : '';
  if (draft && (options.maxLength === undefined || total(kept) + draft.length <= options.maxLength)) {
    return `${head}${events.join(',')}]${draft}]`;
  }
  while (kept > 0 && options.maxLength !== undefined && total(kept) > options.maxLength) kept -= 1;
  return `${head}${events.slice(0, kept).join(',')}]]`;
}

/** The saved form of a run set aside: the learner is told, and the exercise starts afresh. */
export function setAsideRun(): string {
  return SET_ASIDE;
}

/** What a saved string is: a run (with when it was saved; 0 for version 1), a run set aside, or neither. */
export function runStamp(text: string | undefined): { savedAt: number; setAside: boolean } | null {
  if (!text) return null;
  if (text === SET_ASIDE) return { savedAt: 0, setAside: true };
  const match = /^2\|([0-9a-z]{1,9})\|(.*)$/s.exec(text);
  if (match) return { savedAt: parseInt(match[1]!, 36), setAside: match[2] === SET_ASIDE };
  return decodeV1(text) ? { savedAt: 0, setAside: false } : null;
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const modeOf = (letter: unknown): SimulationMode | undefined => keysOf(MODES).find((m) => MODES[m] === letter);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Decodes a saved run, or `null` when the string is not one (the exercise then starts afresh). */
export function decodeRun(text: string | undefined, steps: readonly CodecStep[] = []): SavedRun | null {
  if (!text) return null;
  if (text === SET_ASIDE) return null;
  const match = /^2\|[0-9a-z]{1,9}\|(.*)$/s.exec(text);
  if (!match) return decodeV1(text);
  const value = parseJson(match[1]!);
  if (!Array.isArray(value) || !isCount(value[1]) || !isCount(value[2]) || !Array.isArray(value[3])) return null;
  const mode = modeOf(value[0]);
  if (!mode) return null;
  const events: Event[] = [];
  for (const packed of value[3] as unknown[]) {
    if (!Array.isArray(packed) || !isCount(packed[0]) || !isCount(packed[1])) return null;
    const type = EVENT_TYPES[packed[0]];
    const changes = packed[2] ?? {};
    if (!type || !isObject(changes)) return null;
    const step = packed[1] === 0 ? undefined : steps[packed[1] - 1];
    if (packed[1] !== 0 && (!step || !isObject(step.event) || step.event['type'] !== type)) return null;
    const base = step && isObject(step.event) ? step.event : { type };
    events.push({ ...patch(base, changes), type } as unknown as Event);
  }
  const draft = value[4] === undefined ? undefined : unpackDraft(value[4], steps);
  return { mode, events, errors: value[1], hints: value[2], ...(draft ? { draft } : {}) };
}

/** Version 1: `[1, mode, errors, hints, [[type index, shortened fields?], …]]`. */
function decodeV1(text: string): SavedRun | null {
  const value = parseJson(text);
  if (!Array.isArray(value) || value[0] !== 1 || !isCount(value[2]) || !isCount(value[3]) || !Array.isArray(value[4])) return null;
  const mode = modeOf(value[1]);
  if (!mode) return null;
  const events: Event[] = [];
  for (const packed of value[4] as unknown[]) {
    if (!Array.isArray(packed) || !isCount(packed[0])) return null;
    const type = EVENT_TYPES[packed[0]];
    const fields = packed[1] ?? {};
    if (!type || !isObject(fields)) return null;
    events.push({ type, ...(lengthen(fields) as object) } as Event);
  }
  return { mode, events, errors: value[2], hints: value[3] };
}
