/**
 * The final test's answers and the évaluation exercises' results as `cmi.interactions`, for each SCORM
 * version: the entry built from the quiz engine's `InteractionRecord`, its responses in each version's
 * format, and the values the adapters write (mapping.ts holds the course's status, score and objectives).
 */
import type { InteractionRecord } from '../domain/quiz/interaction';
import type { Question } from '../domain/quiz/types';
import type { CmiValue } from './session';
import { duration2004, time12, timespan12, timestamp2004 } from './time';
import type { ExerciseReport, InteractionAlphabet, InteractionEntry } from './tracking-port';

/** What each question type becomes in SCORM (both versions use the same type tokens for these). */
export const INTERACTION_TYPE = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  order: 'sequencing',
  match: 'matching',
} as const;

/** SCORM 1.2's response characters, in order: a–z then 0–9 (36 options at most). */
const CHARS12 = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * An interaction entry for the port from the quiz engine's record and its question. Pass the question as
 * the bank defines it (authored option order), not as presented (shuffled): SCORM 1.2 writes options as
 * letters of their position, which must not change between attempts.
 */
export function interactionEntry(record: InteractionRecord, question?: Question): InteractionEntry {
  if (!question) return { record };
  const ids = (choices: readonly { id: string }[]): string[] => choices.map((c) => c.id);
  let alphabet: InteractionAlphabet | undefined;
  if (question.type === 'single' || question.type === 'multiple') alphabet = { options: ids(question.options) };
  else if (question.type === 'order') alphabet = { options: ids(question.items) };
  else if (question.type === 'match') alphabet = { prompts: ids(question.prompts), choices: ids(question.choices) };
  return alphabet ? { record, description: question.stem, alphabet } : { record, description: question.stem };
}

/** `ids` as SCORM 1.2 characters, or `null` when one cannot be written as a single character. */
function chars12(ids: readonly string[], alphabet: readonly string[] | undefined): string[] | null {
  const out: string[] = [];
  for (const id of ids) {
    if (alphabet === undefined) {
      if (!/^[0-9a-z]$/.test(id)) return null;
      out.push(id);
      continue;
    }
    const index = alphabet.indexOf(id);
    const char = index >= 0 ? CHARS12[index] : undefined;
    if (char === undefined) return null;
    out.push(char);
  }
  return out;
}

type Response = InteractionRecord['learnerResponse'];

const asList = (response: Response): readonly string[] =>
  typeof response === 'string' ? [response] : Array.isArray(response) ? (response as readonly string[]) : [];

const asPairs = (response: Response, prompts: readonly string[] | undefined): [string, string][] => {
  if (typeof response !== 'object' || Array.isArray(response)) return [];
  const pairs = Object.entries(response as Readonly<Record<string, string>>);
  const rank = (id: string): number => (prompts?.indexOf(id) ?? -1) + 1 || Number.MAX_SAFE_INTEGER;
  return pairs.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
};

/** A set (choice) is written sorted, so the same answer always gives the same string. */
const sortedIfSet = (type: InteractionRecord['type'], list: string[]): string[] => (type === 'multiple' ? [...list].sort() : list);

/**
 * A response in SCORM 1.2's format, or `null` when it cannot be written with single characters (more than
 * 36 options, an id outside the alphabet): the interaction then falls back to `performance`.
 *
 * @spec SCORM 1.2 RTE §3.4.4 student_response / correct_responses pattern (CONFORMANCE.md 5.7–5.12).
 */
export function response12(entry: InteractionEntry, response: Response): string | null {
  const { record, alphabet } = entry;
  switch (record.type) {
    case 'truefalse':
      return response === true ? 't' : 'f';
    case 'single':
    case 'multiple':
    case 'order': {
      const chars = chars12(asList(response), alphabet?.options);
      return chars && chars.length > 0 ? sortedIfSet(record.type, chars).join(',') : null;
    }
    case 'match': {
      const pairs = asPairs(response, alphabet?.prompts);
      const written: string[] = [];
      for (const [prompt, choice] of pairs) {
        const source = chars12([prompt], alphabet?.prompts);
        const target = chars12([choice], alphabet?.choices);
        if (!source?.[0] || !target?.[0]) return null;
        written.push(`${source[0]}.${target[0]}`);
      }
      return written.length > 0 ? written.join(',') : null;
    }
  }
}

/**
 * A response token every LMS accepts: letters, digits and `_`, ending with a letter or a digit, at most 250
 * characters. Moodle's SCORM 2004 runtime, the strictest we know, refuses anything else with 406 (its
 * short identifier is `[A-Za-z0-9_.]`, matching and sequencing allow no `.`, a choice must end with a letter
 * or a digit); content ids use hyphens (`code-service`), written `code_service`. The content ids themselves
 * (question, module, exercise) stay as they are in interaction and objective ids, which allow hyphens.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.1 short_identifier_type; Moodle mod/scorm/datamodels/scorm_13.js
 *   CMIShortIdentifier, learner_response / correct_responses formats (CONFORMANCE.md 5.8–5.12).
 */
export function responseToken(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 249) || 'x';
  return /[A-Za-z0-9]$/.test(safe) ? safe : `${safe}0`;
}

/**
 * The tokens of a question's ids (options, items, prompts or choices), one per id and never two alike: a
 * second id that would give the same token gets its position appended (`a_b`, `a_b_2`). Deterministic, so
 * the same question always gives the same tokens, and readable back to the id through the authored list.
 */
export function responseTokens(ids: readonly string[]): Map<string, string> {
  const tokens = new Map<string, string>();
  const used = new Set<string>();
  ids.forEach((id, i) => {
    let token = responseToken(id);
    if (used.has(token)) token = `${token.slice(0, 240)}_${i + 1}`;
    used.add(token);
    tokens.set(id, token);
  });
  return tokens;
}

/** The token of `id` among `ids` (the question's authored list), or its own token when the list is unknown. */
const tokenOf = (id: string, ids: readonly string[] | undefined): string => (ids ? responseTokens(ids).get(id) : undefined) ?? responseToken(id);

/**
 * A response in SCORM 2004's format: tokens separated by `[,]`, matching pairs `prompt[.]choice`,
 * true-false `true`/`false`. Option ids become `responseToken`s.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.2.9.2 Table 4.2.9.2a (CONFORMANCE.md 5.7–5.12).
 */
export function response2004(entry: InteractionEntry, response: Response): string {
  const { record, alphabet } = entry;
  switch (record.type) {
    case 'truefalse':
      return response === true ? 'true' : 'false';
    case 'single':
    case 'multiple':
    case 'order':
      return sortedIfSet(record.type, asList(response).map((id) => tokenOf(id, alphabet?.options))).join('[,]');
    case 'match':
      return asPairs(response, alphabet?.prompts)
        .map(([prompt, choice]) => `${tokenOf(prompt, alphabet?.prompts)}[.]${tokenOf(choice, alphabet?.choices)}`)
        .join('[,]');
  }
}

/** The readable text of a response, for the 1.2 `performance` fallback (CMIFeedback, 255 characters). */
function plainResponse(response: Response): string {
  if (typeof response === 'boolean') return response ? 'true' : 'false';
  if (typeof response === 'string') return response;
  if (Array.isArray(response)) return (response as readonly string[]).join(',');
  return Object.entries(response as Readonly<Record<string, string>>)
    .map(([prompt, choice]) => `${prompt}.${choice}`)
    .join(',');
}

/** A partial answer earns no credit (quiz `GRADING_RULES`), so SCORM sees it as wrong. */
const result12 = (result: InteractionRecord['result']): string => (result === 'correct' ? 'correct' : 'wrong');
const result2004 = (result: InteractionRecord['result']): string => (result === 'correct' ? 'correct' : 'incorrect');

/**
 * SCORM 1.2 values of interaction `n`, in the order an LMS accepts them (id, then type before responses).
 * 1.2 has no description. Interactions are write-only in 1.2: the course journals, it never reads back.
 *
 * @spec SCORM 1.2 RTE §3.4 cmi.interactions (write-only, CMIIdentifier id, CMITime time, CMITimespan
 *   latency, result `correct|wrong|unanticipated|neutral`); CONFORMANCE.md 5.1–5.8.
 */
export function interactionValues12(n: number, entry: InteractionEntry): CmiValue[] {
  const { record } = entry;
  const prefix = `cmi.interactions.${n}`;
  const learner = response12(entry, record.learnerResponse);
  const correct = response12(entry, record.correctResponse);
  const asChars = learner !== null && correct !== null;
  const values: CmiValue[] = [
    { element: `${prefix}.id`, value: record.id },
    { element: `${prefix}.objectives.0.id`, value: record.module },
  ];
  const time = record.timestamp === undefined ? null : time12(record.timestamp);
  if (time) values.push({ element: `${prefix}.time`, value: time });
  values.push({ element: `${prefix}.type`, value: asChars ? INTERACTION_TYPE[record.type] : 'performance' });
  const pattern = asChars ? correct : plainResponse(record.correctResponse);
  if (pattern.length <= 255) values.push({ element: `${prefix}.correct_responses.0.pattern`, value: pattern });
  values.push({ element: `${prefix}.weighting`, value: '1' });
  const given = asChars ? learner : plainResponse(record.learnerResponse);
  if (given.length <= 255) values.push({ element: `${prefix}.student_response`, value: given });
  values.push({ element: `${prefix}.result`, value: result12(record.result) });
  if (record.latencyMs !== undefined) values.push({ element: `${prefix}.latency`, value: timespan12(record.latencyMs) });
  return values;
}

/** At most 250 characters, white space collapsed; a leading `{` is protected by a language delimiter. */
export function description2004(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const tagged = flat.startsWith('{') ? `{lang=fr}${flat}` : flat;
  return tagged.length <= 250 ? tagged : `${tagged.slice(0, 249)}…`;
}

/**
 * SCORM 2004 values of interaction `n`: id, type (before responses, else 408), the module objective,
 * timestamp, responses, result, latency and description.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.2.9 cmi.interactions (long_identifier_type id, type before
 *   learner_response/correct_responses, result `correct|incorrect|unanticipated|neutral`, description
 *   SPM 250); CONFORMANCE.md 5.1–5.16.
 */
export function interactionValues2004(n: number, entry: InteractionEntry): CmiValue[] {
  const { record } = entry;
  const prefix = `cmi.interactions.${n}`;
  const values: CmiValue[] = [
    { element: `${prefix}.id`, value: record.id },
    { element: `${prefix}.type`, value: INTERACTION_TYPE[record.type] },
    { element: `${prefix}.objectives.0.id`, value: record.module },
  ];
  const timestamp = record.timestamp === undefined ? null : timestamp2004(record.timestamp);
  if (timestamp) values.push({ element: `${prefix}.timestamp`, value: timestamp });
  values.push(
    { element: `${prefix}.weighting`, value: '1' },
    { element: `${prefix}.correct_responses.0.pattern`, value: response2004(entry, record.correctResponse) },
    { element: `${prefix}.learner_response`, value: response2004(entry, record.learnerResponse) },
    { element: `${prefix}.result`, value: result2004(record.result) },
  );
  if (record.latencyMs !== undefined) values.push({ element: `${prefix}.latency`, value: duration2004(record.latencyMs) });
  if (entry.description) values.push({ element: `${prefix}.description`, value: description2004(entry.description) });
  return values;
}

// ---------------------------------------------------------------------------------------- exercises

/** A score as a decimal every runtime accepts (Moodle 2004: at most 4 integer digits). */
const scoreText = (score: number): string => String(Math.round(Math.min(100, Math.max(0, score)) * 100) / 100);

/**
 * SCORM 1.2 values of an évaluation exercise's result, interaction `n`: type `performance`, the score as
 * the response and as the (decimal) result, the module as its objective. 1.2 has no description.
 *
 * @spec SCORM 1.2 RTE §3.4 cmi.interactions (type performance, student_response CMIFeedback ≤ 255, result
 *   `correct|wrong|unanticipated|neutral` or CMIDecimal); CONFORMANCE.md 5.11.
 */
export function exerciseValues12(n: number, report: ExerciseReport): CmiValue[] {
  const prefix = `cmi.interactions.${n}`;
  return [
    { element: `${prefix}.id`, value: report.id },
    { element: `${prefix}.objectives.0.id`, value: report.module },
    { element: `${prefix}.type`, value: 'performance' },
    { element: `${prefix}.weighting`, value: '1' },
    { element: `${prefix}.student_response`, value: scoreText(report.score) },
    { element: `${prefix}.result`, value: scoreText(report.score) },
  ];
}

/**
 * SCORM 2004 values of an évaluation exercise's result, interaction `n`: type `performance`, the response
 * `score[.]<score>` (one step), the score as the result (a real number), the module as its objective and
 * the exercise title as its description.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.2.9 cmi.interactions (performance: `step_name[.]step_answer`; result a
 *   real number); CONFORMANCE.md 5.11.
 */
export function exerciseValues2004(n: number, report: ExerciseReport): CmiValue[] {
  const prefix = `cmi.interactions.${n}`;
  return [
    { element: `${prefix}.id`, value: report.id },
    { element: `${prefix}.type`, value: 'performance' },
    { element: `${prefix}.objectives.0.id`, value: report.module },
    { element: `${prefix}.weighting`, value: '1' },
    { element: `${prefix}.learner_response`, value: `score[.]${scoreText(report.score)}` },
    { element: `${prefix}.result`, value: scoreText(report.score) },
    { element: `${prefix}.description`, value: description2004(report.title) },
  ];
}
