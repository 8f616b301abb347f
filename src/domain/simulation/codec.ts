/**
 * The saved form of a run in progress: a short string stored in the learner record (`ActivityResult.data`),
 * which shares the record's small budget (suspend_data). Only what cannot be recomputed is saved — the mode,
 * the learner's accepted events, the refusals and hints counted — never the world, which a replay rebuilds.
 *
 * Events are JSON with their type as an index in EVENT_TYPES and their field names shortened by a fixed
 * table (a field missing from the table keeps its name behind `~`). Decoding never throws: anything
 * unreadable gives `null`, and the learner starts the exercise afresh.
 */
import { EVENT_TYPES, type Event } from '../simulator/core';
import type { SimulationMode } from './run';

/** Format version; bump it when the layout changes. */
export const RUN_CODEC_VERSION = 1;

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
}

/** Encodes a run in progress. */
export function encodeRun(run: SavedRun): string {
  const events = run.events.map((event) => {
    const { type, ...fields } = event;
    const packed: unknown[] = [EVENT_TYPES.indexOf(type)];
    if (Object.keys(fields).length > 0) packed.push(shorten(fields));
    return packed;
  });
  return JSON.stringify([RUN_CODEC_VERSION, MODES[run.mode], run.errors, run.hints, events]);
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Decodes a saved run, or `null` when the string is not one (the exercise then starts afresh). */
export function decodeRun(text: string | undefined): SavedRun | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value[0] !== RUN_CODEC_VERSION || !isCount(value[2]) || !isCount(value[3]) || !Array.isArray(value[4])) return null;
  const mode = (Object.keys(MODES) as SimulationMode[]).find((m) => MODES[m] === value[1]);
  if (!mode) return null;
  const events: Event[] = [];
  for (const packed of value[4] as unknown[]) {
    if (!Array.isArray(packed) || !isCount(packed[0])) return null;
    const type = EVENT_TYPES[packed[0]];
    const fields = packed[1] ?? {};
    if (!type || typeof fields !== 'object' || fields === null || Array.isArray(fields)) return null;
    events.push({ type, ...(lengthen(fields) as object) } as Event);
  }
  return { mode, events, errors: value[2], hints: value[3] };
}
