/**
 * The formats and limits of each SCORM version, checked by the adapters before a value leaves the course.
 *
 * LMSs differ: Moodle rejects what the standard forbids and keeps the old value, scorm-again (our embedded
 * LMS and harness) accepts 64,000 characters of 1.2 suspend_data and rewrites `incorrect` to `wrong`. So the
 * course holds itself to the standard and never relies on the LMS to say no (DESIGN.md).
 */
import type { CmiValue, Check } from './session';
import { DURATION2004, TIME12, TIMESPAN12, TIMESTAMP2004 } from './time';
import { SUSPEND_DATA_BUDGET, type TrackingError } from './tracking-port';

type Rule = [element: RegExp, validate: (value: string, batch: readonly CmiValue[], element: string) => string | null];

const oneOf =
  (...allowed: string[]) =>
  (value: string): string | null =>
    allowed.includes(value) ? null : `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`;

const maxLength =
  (limit: number, code = 'limit') =>
  (value: string): string | null =>
    value.length <= limit ? null : `${code}: ${value.length} characters, at most ${limit} allowed`;

const matches =
  (pattern: RegExp, what: string) =>
  (value: string): string | null =>
    pattern.test(value) ? null : `must be ${what}`;

const DECIMAL = /^-?\d+(\.\d+)?$/;

const decimalIn =
  (min: number, max: number) =>
  (value: string): string | null =>
    DECIMAL.test(value) && Number(value) >= min && Number(value) <= max ? null : `must be a decimal between ${min} and ${max}`;

const decimal = (value: string): string | null => (DECIMAL.test(value) ? null : 'must be a decimal number');

/** The interaction type written in the same batch, for checking its responses. */
function typeInBatch(batch: readonly CmiValue[], element: string): string {
  const prefix = /^cmi\.interactions\.\d+\./.exec(element)?.[0] ?? '';
  return batch.find((v) => v.element === `${prefix}type`)?.value ?? '';
}

// ------------------------------------------------------------------------------------------- SCORM 1.2

/**
 * CMIIdentifier: printable characters without white space, at most 255.
 *
 * @spec SCORM 1.2 RTE §3.4 (data types) CMIIdentifier; CONFORMANCE.md 5.3.
 */
export const IDENTIFIER12 = /^[\x21-\x7E]{1,255}$/;

const CHAR12 = '[0-9a-z]';
/**
 * Response formats of SCORM 1.2 by interaction type: choice and sequencing are single characters (a–z, 0–9)
 * separated by commas, matching pairs `source.target`, true-false `0`/`1`/`t`/`f`.
 *
 * @spec SCORM 1.2 RTE §3.4.4 `cmi.interactions.n.student_response` / `correct_responses.n.pattern`
 *   formats (CONFORMANCE.md 5.7–5.12).
 */
export const RESPONSE12: Readonly<Record<string, RegExp>> = {
  'true-false': /^[01tf]$/,
  choice: new RegExp(`^${CHAR12}(,${CHAR12})*$`),
  sequencing: new RegExp(`^${CHAR12}(,${CHAR12})*$`),
  matching: new RegExp(`^${CHAR12}\\.${CHAR12}(,${CHAR12}\\.${CHAR12})*$`),
  'fill-in': /^[\s\S]{0,255}$/,
  performance: /^[\s\S]{0,255}$/,
  likert: /^[0-9a-z]?$/,
  numeric: DECIMAL,
};

const response12 = (value: string, batch: readonly CmiValue[], element: string): string | null => {
  const type = typeInBatch(batch, element);
  const pattern = RESPONSE12[type];
  if (!pattern) return `needs the interaction's type in the same batch (got "${type}")`;
  return pattern.test(value) ? null : `is not a SCORM 1.2 "${type}" response`;
};

const RULES12: readonly Rule[] = [
  [/^cmi\.core\.lesson_location$/, maxLength(255)],
  [/^cmi\.suspend_data$/, maxLength(SUSPEND_DATA_BUDGET)],
  [/^cmi\.core\.lesson_status$/, oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed')],
  [/^cmi\.core\.score\.(raw|min|max)$/, decimalIn(0, 100)],
  [/^cmi\.core\.session_time$/, matches(TIMESPAN12, 'a CMITimespan HHHH:MM:SS.SS')],
  [/^cmi\.core\.exit$/, oneOf('time-out', 'suspend', 'logout', '')],
  [/^cmi\.objectives\.\d+\.id$/, matches(IDENTIFIER12, 'a CMIIdentifier (printable, no spaces, ≤ 255)')],
  [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, decimalIn(0, 100)],
  [/^cmi\.objectives\.\d+\.status$/, oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted')],
  [/^cmi\.interactions\.\d+\.(id|objectives\.\d+\.id)$/, matches(IDENTIFIER12, 'a CMIIdentifier (printable, no spaces, ≤ 255)')],
  [/^cmi\.interactions\.\d+\.time$/, matches(TIME12, 'a CMITime HH:MM:SS')],
  [/^cmi\.interactions\.\d+\.type$/, oneOf('true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric')],
  [/^cmi\.interactions\.\d+\.weighting$/, decimal],
  [/^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/, response12],
  [/^cmi\.interactions\.\d+\.result$/, (v) => (DECIMAL.test(v) ? null : oneOf('correct', 'wrong', 'unanticipated', 'neutral')(v))],
  [/^cmi\.interactions\.\d+\.latency$/, matches(TIMESPAN12, 'a CMITimespan HHHH:MM:SS.SS')],
];

// ------------------------------------------------------------------------------------------ SCORM 2004

/**
 * long_identifier_type: a URI of at most 4,000 characters, no white space; a `urn:` must have a namespace
 * id. As strict as Moodle's runtime, which also wants the last character to be a letter or a digit.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.1 long_identifier_type (SPM 4,000); Moodle scorm_13.js
 *   CMILongIdentifier `^\S{0,4000}[a-zA-Z0-9]$`; CONFORMANCE.md 5.3.
 */
export const LONG_IDENTIFIER2004 = /^(?!urn:)\S{0,3999}[A-Za-z0-9]$|^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S{0,3959}[A-Za-z0-9]$/i;

/**
 * A response token as every runtime accepts it (interactions.ts `responseToken`): letters, digits and `_`,
 * ending with a letter or a digit, at most 250. The standard's short_identifier_type allows more, Moodle
 * does not: `.` is refused in matching and sequencing, `-` everywhere (406), a choice must end with a
 * letter or a digit.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.1 short_identifier_type; Moodle scorm_13.js CMIShortIdentifier
 *   `^[\w\.]{1,250}$`, matching/sequencing `\w{1,250}`, choice CMIIdentifier (CONFORMANCE.md 5.8–5.12).
 */
export const RESPONSE_TOKEN = /^[A-Za-z0-9_]{0,249}[A-Za-z0-9]$/;
const SHORT_ID = '[A-Za-z0-9_]{0,249}[A-Za-z0-9]';

/**
 * A real number as Moodle's 2004 runtime accepts it (CMIDecimal): at most 4 integer digits and 18
 * decimals, no exponent.
 */
export const DECIMAL2004 = /^-?\d{1,4}(\.\d{1,18})?$/;
/** A performance step's answer: a token or a number. */
const STEP_ANSWER = `(?:${SHORT_ID}|-?\\d{1,4}(?:\\.\\d{1,18})?)`;

/**
 * Response formats of SCORM 2004 by interaction type: sets and sequences of short identifiers separated by
 * `[,]`, matching pairs `source[.]target`, true-false `true`/`false`.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.2.9.2 Table 4.2.9.2a (learner_response) and the correct_responses
 *   pattern table (CONFORMANCE.md 5.7–5.13).
 */
export const RESPONSE2004: Readonly<Record<string, RegExp>> = {
  'true-false': /^(true|false)$/,
  choice: new RegExp(`^(${SHORT_ID}(\\[,\\]${SHORT_ID}){0,35})?$`),
  sequencing: new RegExp(`^${SHORT_ID}(\\[,\\]${SHORT_ID}){0,35}$`),
  matching: new RegExp(`^${SHORT_ID}\\[\\.\\]${SHORT_ID}(\\[,\\]${SHORT_ID}\\[\\.\\]${SHORT_ID}){0,35}$`),
  performance: new RegExp(`^${SHORT_ID}\\[\\.\\]${STEP_ANSWER}(\\[,\\]${SHORT_ID}\\[\\.\\]${STEP_ANSWER}){0,124}$`),
  'fill-in': /^[\s\S]{0,4000}$/,
  'long-fill-in': /^[\s\S]{0,4000}$/,
  likert: new RegExp(`^${SHORT_ID}$`),
  numeric: DECIMAL2004,
  other: /^[\s\S]{0,4000}$/,
};

const response2004 = (value: string, batch: readonly CmiValue[], element: string): string | null => {
  const type = typeInBatch(batch, element);
  const pattern = RESPONSE2004[type];
  if (!pattern) return `needs the interaction's type in the same batch (got "${type}")`;
  if (!pattern.test(value)) return `is not a SCORM 2004 "${type}" response`;
  if (type === 'choice' && value !== '') {
    const ids = value.split('[,]');
    if (new Set(ids).size !== ids.length) return 'repeats an identifier (a choice response is a set)';
  }
  return null;
};

const real = (value: string): string | null => (DECIMAL2004.test(value) ? null : 'must be a real number (at most 4 integer digits, no exponent)');
const realIn =
  (min: number, max: number) =>
  (value: string): string | null =>
    real(value) === null && Number(value) >= min && Number(value) <= max ? null : `must be a real number between ${min} and ${max}`;

const RULES2004: readonly Rule[] = [
  [/^cmi\.location$/, maxLength(1000)],
  // @spec SCORM 2004 4th Ed. RTE §4.2 cmi.suspend_data: SPM 64,000; our budget is 1.2's 4,096 (tracking-port.ts).
  [/^cmi\.suspend_data$/, maxLength(SUSPEND_DATA_BUDGET)],
  [/^cmi\.completion_status$/, oneOf('completed', 'incomplete', 'not attempted', 'unknown')],
  [/^cmi\.success_status$/, oneOf('passed', 'failed', 'unknown')],
  [/^cmi\.score\.scaled$/, realIn(-1, 1)],
  [/^cmi\.score\.(raw|min|max)$/, real],
  [/^cmi\.progress_measure$/, realIn(0, 1)],
  [/^cmi\.session_time$/, matches(DURATION2004, 'an ISO 8601 duration such as PT1H2M3.45S')],
  [/^cmi\.exit$/, oneOf('time-out', 'suspend', 'logout', 'normal', '')],
  [/^cmi\.objectives\.\d+\.id$/, matches(LONG_IDENTIFIER2004, 'a long_identifier_type (URI, ≤ 4,000)')],
  [/^cmi\.objectives\.\d+\.score\.scaled$/, realIn(-1, 1)],
  [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, real],
  [/^cmi\.objectives\.\d+\.success_status$/, oneOf('passed', 'failed', 'unknown')],
  [/^cmi\.objectives\.\d+\.completion_status$/, oneOf('completed', 'incomplete', 'not attempted', 'unknown')],
  [/^cmi\.interactions\.\d+\.(id|objectives\.\d+\.id)$/, matches(LONG_IDENTIFIER2004, 'a long_identifier_type (URI, ≤ 4,000)')],
  [/^cmi\.interactions\.\d+\.type$/, oneOf('true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other')],
  [/^cmi\.interactions\.\d+\.timestamp$/, matches(TIMESTAMP2004, 'an ISO 8601 timestamp YYYY-MM-DDThh:mm:ss')],
  [/^cmi\.interactions\.\d+\.weighting$/, real],
  [/^cmi\.interactions\.\d+\.(learner_response|correct_responses\.\d+\.pattern)$/, response2004],
  [/^cmi\.interactions\.\d+\.result$/, (v) => (real(v) === null ? null : oneOf('correct', 'incorrect', 'unanticipated', 'neutral')(v))],
  [/^cmi\.interactions\.\d+\.latency$/, matches(DURATION2004, 'an ISO 8601 duration such as PT1H2M3.45S')],
  [/^cmi\.interactions\.\d+\.description$/, maxLength(250)],
];

function checker(rules: readonly Rule[], version: string): Check {
  return ({ element, value }, batch): TrackingError | null => {
    const rule = rules.find(([pattern]) => pattern.test(element));
    if (!rule) return { kind: 'format', code: 'format.unknown-element', message: `SCORM ${version}: ${element} is not written by this course`, element };
    const problem = rule[1](value, batch, element);
    if (problem === null) return null;
    const isLimit = problem.startsWith('limit:');
    return {
      kind: isLimit ? 'limit' : 'format',
      code: `${isLimit ? 'limit' : 'format'}.${element.replace(/\.\d+\./g, '.n.')}`,
      message: `SCORM ${version}: ${element} ${isLimit ? `is too long (${problem.slice(7)})` : problem}`,
      element,
    };
  };
}

/** Checks a value against SCORM 1.2 before it is sent. */
export const check12: Check = checker(RULES12, '1.2');
/** Checks a value against SCORM 2004 4th Edition before it is sent. */
export const check2004: Check = checker(RULES2004, '2004');
