/**
 * Sealed questions: the final test's answer keys kept out of the learner's pages.
 *
 * At build time (`sealQuestion`) each question of the final bank becomes its public part (type, stem, choices:
 * what the learner must see to answer) plus a seal:
 * - `digests`: the key cut into units (`keyUnits`: the right option, each right option of a multiple choice, each
 *   item at its position, each prompt with its choice), each hashed with SHA-256 together with a salt drawn at
 *   random for that question at every build and the question id. Grading (`grade.ts`) hashes the learner's
 *   response the same way and looks it up: the page never needs the key to score an attempt.
 * - `box`: the correction (key, feedback, explanation, lesson link) encrypted with ChaCha20-Poly1305 under a key
 *   derived (HKDF-SHA-256) from the bank's release secret, the question's salt and its id. The page opens the
 *   boxes (`openQuestion`) only once the attempt is submitted, to show the correction and to give the LMS its
 *   correct-response pattern.
 *
 * Honestly, what this protects against: reading the answers in the page source, the props of the island, the
 * SCORM package or the LMS data before answering — nothing of the key is there in plain text, and a search for
 * an option id or a feedback sentence finds nothing. What it cannot protect against: a course that runs only in
 * the browser has to carry everything it needs to grade and to correct, so a learner who reads the code in the
 * developer tools can rebuild it — by hashing each option (the answer space of a question is tiny, a salt does
 * not change that) or by running the opening code with the release secret the page also carries. Keeping keys
 * truly secret needs a server that grades; an LMS that delivers SCORM packages is not one. The threat this
 * answers is the one a certification meets in practice: « Afficher la source » and a shared screenshot.
 *
 * Why libraries rather than WebCrypto: `crypto.subtle` exists only in secure contexts, and a course served
 * over plain http on a classroom network (a trainer's laptop at 192.168.x.x) or by an http intranet LMS would
 * lose its final test; @noble/hashes and @noble/ciphers (audited, dependency-free) are synchronous and work
 * everywhere, in the browser and in Node at build time.
 */
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';
import { hashString, seededShuffle } from './random';
import type { AnswerFeedback, AnyQuestion, LessonLink, PublicQuestion, Question, SealedQuestion } from './types';

/** Bytes of a digest kept (128 bits: far more than a grading lookup needs, and short in the page). */
const DIGEST_BYTES = 16;

/** base64url without padding, on the platform's own `btoa`/`atob`. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The digest of one unit of a key for one question (see `keyUnits`). */
export function unitDigest(salt: string, questionId: string, unit: string): string {
  return toBase64url(sha256(utf8ToBytes(`${salt}\u0000${questionId}\u0000${unit}`)).slice(0, DIGEST_BYTES));
}

/**
 * Units a response is graded on, one string each: `=id` the option of a single choice, `=v`/`=f` vrai/faux,
 * `+id` each right option of a multiple choice, `<position>@id` each item of an order, `prompt>choice` each
 * pair of a match. Grading builds the same strings from the response and checks each against the digests.
 */
export const unit = {
  single: (id: string) => `=${id}`,
  truefalse: (value: boolean) => `=${value ? 'v' : 'f'}`,
  option: (id: string) => `+${id}`,
  position: (index: number, id: string) => `${index}@${id}`,
  pair: (prompt: string, choice: string) => `${prompt}>${choice}`,
} as const;

/** The units of a question's key. */
export function keyUnits(question: Question): string[] {
  switch (question.type) {
    case 'single':
      return [unit.single(question.answer)];
    case 'truefalse':
      return [unit.truefalse(question.answer)];
    case 'multiple':
      return question.answer.map(unit.option);
    case 'order':
      return question.answer.map((id, i) => unit.position(i, id));
    case 'match':
      return Object.entries(question.answer).map(([prompt, choice]) => unit.pair(prompt, choice));
  }
}

/** Whether a question is sealed (its key is not in clear). */
export function isSealed(question: AnyQuestion): question is SealedQuestion {
  return 'seal' in question;
}

const bare = (choices: readonly { id: string; text: string }[]) => choices.map(({ id, text }) => ({ id, text }));

/**
 * The public part of a question: no key, no feedback (not even on options), no explanation, no lesson link.
 *
 * With a `salt`, the choices that are shuffled anyway when presented are listed in an order drawn from it: the
 * file's order is the author's, who tends to write the right option first and the items of an order question
 * in their order. An order question's items are never listed in the right order. Options that keep their
 * place (`shuffle: false`) stay in the file's order: the learner sees that order anyway.
 */
export function publicPart(question: Question, salt?: string): PublicQuestion {
  const { answer: _a, explanation: _e, feedback: _f, lesson: _l, ...rest } = question;
  const mix = <T extends { id: string; text: string }>(choices: readonly T[]) => (salt === undefined ? bare(choices) : seededShuffle(bare(choices), hashString(`${salt}:order`)));
  switch (rest.type) {
    case 'single':
    case 'multiple':
      return { ...rest, options: rest.shuffle ? mix(rest.options) : bare(rest.options) };
    case 'order': {
      const items = mix(rest.items);
      const key = question.answer as readonly string[];
      const inOrder = items.length > 1 && items.every((item, i) => item.id === key[i]);
      return { ...rest, items: inOrder ? [...items.slice(1), ...items.slice(0, 1)] : items };
    }
    case 'match':
      return { ...rest, prompts: bare(rest.prompts), choices: rest.shuffle ? mix(rest.choices) : bare(rest.choices) };
    case 'truefalse':
      return rest;
  }
}

/** What a box holds: everything `publicPart` took away. */
interface Correction {
  answer: Question['answer'];
  explanation: string;
  lesson: LessonLink;
  feedback?: AnswerFeedback;
  /** Feedback of each option (single, multiple) that has one, by option id. */
  options?: Record<string, string>;
}

function boxKey(release: string, salt: string, questionId: string): { key: Uint8Array; nonce: Uint8Array; aad: Uint8Array } {
  const aad = utf8ToBytes(questionId);
  const key = hkdf(sha256, utf8ToBytes(release), utf8ToBytes(salt), aad, 32);
  // One message per key (the salt is new at every build), so a nonce derived from it never repeats.
  const nonce = sha256(utf8ToBytes(`nonce\u0000${salt}\u0000${questionId}`)).slice(0, 12);
  return { key, nonce, aad };
}

/**
 * Seals a question (build time). `salt` must be new for every question and every build, and `release` (the
 * bank's release secret) new for every build: the caller draws them (the domain has no randomness).
 */
export function sealQuestion(question: Question, secrets: { salt: string; release: string }): SealedQuestion {
  const { salt, release } = secrets;
  const correction: Correction = { answer: question.answer, explanation: question.explanation, lesson: question.lesson };
  if (question.feedback) correction.feedback = question.feedback;
  if (question.type === 'single' || question.type === 'multiple') {
    const options = Object.fromEntries(question.options.flatMap((o) => (o.feedback === undefined ? [] : [[o.id, o.feedback]])));
    if (Object.keys(options).length > 0) correction.options = options;
  }
  const { key, nonce, aad } = boxKey(release, salt, question.id);
  const box = toBase64url(chacha20poly1305(key, nonce, aad).encrypt(utf8ToBytes(JSON.stringify(correction))));
  const digests = keyUnits(question)
    .map((u) => unitDigest(salt, question.id, u))
    .sort();
  return { ...publicPart(question, salt), seal: { salt, digests, box } } as SealedQuestion;
}

/**
 * The whole question back from its seal, with its choices in the order they have in `question` (the
 * presentation order when given a presented question); `null` when the box does not open with this release
 * secret (another build's page, a corrupted prop). A question in clear is returned as it is.
 *
 * Call it only once the attempt is submitted: this is the « release » of the correction.
 */
export function openQuestion(question: AnyQuestion, release: string | undefined): Question | null {
  if (!isSealed(question)) return question;
  if (release === undefined) return null;
  const { seal, ...open } = question;
  let correction: Correction;
  try {
    const { key, nonce, aad } = boxKey(release, seal.salt, question.id);
    correction = JSON.parse(bytesToUtf8(chacha20poly1305(key, nonce, aad).decrypt(fromBase64url(seal.box)))) as Correction;
  } catch {
    return null;
  }
  const withFeedback = (choices: readonly { id: string; text: string }[]) =>
    choices.map((c) => (correction.options?.[c.id] === undefined ? c : { ...c, feedback: correction.options[c.id] }));
  const base = { answer: correction.answer, explanation: correction.explanation, lesson: correction.lesson, ...(correction.feedback ? { feedback: correction.feedback } : {}) };
  if (open.type === 'single' || open.type === 'multiple') return { ...open, ...base, options: withFeedback(open.options) } as Question;
  return { ...open, ...base } as Question;
}
