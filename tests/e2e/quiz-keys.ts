/**
 * The search for final-test answer keys in what a learner receives (the built site and the SCORM packages),
 * used by quiz-keys.spec.ts. Node only: no browser.
 *
 * A key « leaks » when a file holds, after a final question's id and before the next one:
 * - `answer` followed closely by a right option id, or by the right vrai/faux value;
 * - a right pair of a match question written as `prompt: choice`;
 * - the items of an order question in their right sequence;
 * or, in a file that names final questions, the opening words of a final question's explanation or feedback
 * (they give the answer away).
 * Texts are compared after undoing HTML entities and JSON escapes and evening out spaces and apostrophes, so
 * the same sentence is found in an HTML attribute, a script or a manifest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Question } from '../../src/domain/quiz/types';

export interface TextFile {
  /** Path, e.g. `dist/lecons/m8-test-final.html` or `dist-scorm/x.zip › lancement.html`. */
  name: string;
  text: string;
}

export interface Leak {
  file: string;
  questionId: string;
  what: string;
  excerpt: string;
}

const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|pdf|zip|wasm)$/i;

/** The same text whatever way it was written down: entities, JSON escapes, spaces and apostrophes evened out. */
export function normalise(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\"/g, '"')
    .replace(/[’‘]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** Every text file under `dir` (recursively), named by its path from `root`. */
export function filesUnder(dir: string, root: string): TextFile[] {
  const found: TextFile[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, root));
    else if (!BINARY.test(name)) found.push({ name: relative(root, path), text: readFileSync(path, 'utf8') });
  }
  return found;
}

/** Every text file inside a zip. */
export function filesInZip(path: string, label: string): TextFile[] {
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.entries(entries)
    .filter(([name]) => !name.endsWith('/') && !BINARY.test(name))
    .map(([name, bytes]) => ({ name: `${label} › ${name}`, text: strFromU8(bytes) }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A right id written as a value: quoted, or bare after `:`, `[` or `,` (YAML), as a whole token. */
const asValue = (id: string) => `(?:["']${escape(id)}["']|[:\\[,]\\s*${escape(id)}(?![\\w-]))`;

/** The correction texts of a question worth searching for (long enough to be its own). */
function correctionTexts(q: Question): string[] {
  const texts = [q.explanation, ...Object.values(q.feedback ?? {})];
  if (q.type === 'single' || q.type === 'multiple') texts.push(...q.options.flatMap((o) => (o.feedback ? [o.feedback] : [])));
  return texts
    .filter((t): t is string => typeof t === 'string')
    .map((t) => normalise(t).slice(0, 60))
    .filter((t) => t.length >= 30);
}

/** Patterns that give a question's key away when found in its stretch of a file. */
function keyPatterns(q: Question): Array<{ what: string; pattern: RegExp }> {
  const answerThen = (value: string) => new RegExp(`answer["']?\\W{0,16}[^]{0,240}?${value}`);
  switch (q.type) {
    case 'single':
      return [{ what: `answer → ${q.answer}`, pattern: answerThen(asValue(q.answer)) }];
    case 'multiple':
      return q.answer.map((id) => ({ what: `answer → ${id}`, pattern: answerThen(asValue(id)) }));
    case 'truefalse':
      return [{ what: `answer → ${q.answer}`, pattern: new RegExp(`answer["']?\\W{0,16}${q.answer}\\b`) }];
    case 'order':
      return [
        ...q.answer.map((id) => ({ what: `answer → ${id}`, pattern: answerThen(asValue(id)) })),
        { what: 'items in their right order', pattern: new RegExp(q.answer.map(escape).join(`["'\\],\\s\\[0-9]{1,12}`)) },
        { what: 'items listed in their right order', pattern: new RegExp(q.answer.map((id) => `id["']?\\W{0,12}${escape(id)}["']`).join('[^]{0,800}?')) },
      ];
    case 'match':
      return Object.entries(q.answer).flatMap(([prompt, choice]) => [
        { what: `answer → ${choice}`, pattern: answerThen(asValue(choice)) },
        { what: `pair ${prompt} → ${choice}`, pattern: new RegExp(`["']?${escape(prompt)}["']?\\s*:\\s*(?:\\[0,\\s*)?["']?${escape(choice)}(?![\\w-])`) },
      ]);
  }
}

/**
 * The key leaks of `questions` in `files`. Each file is cut into stretches, one per occurrence of a question's
 * id, ending where another question's id starts (at most 12,000 characters): the key patterns are searched in
 * the stretch of their question; the correction texts in the whole file.
 */
export function findKeyLeaks(files: readonly TextFile[], questions: readonly Question[]): Leak[] {
  const leaks: Leak[] = [];
  const ids = questions.map((q) => q.id);
  const anyId = new RegExp(`(?<![\\w-])(?:${[...ids].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w-])`, 'g');
  const byId = new Map(questions.map((q) => [q.id, { patterns: keyPatterns(q), texts: correctionTexts(q) }]));
  for (const file of files) {
    const text = normalise(file.text);
    const starts = [...text.matchAll(anyId)].map((m) => ({ id: m[0], at: m.index }));
    starts.forEach((start, i) => {
      const next = starts.slice(i + 1).find((s) => s.id !== start.id);
      const stretch = text.slice(start.at, Math.min(next?.at ?? text.length, start.at + 12_000));
      for (const { what, pattern } of byId.get(start.id)?.patterns ?? []) {
        const found = pattern.exec(stretch);
        if (found) leaks.push({ file: file.name, questionId: start.id, what, excerpt: found[0].slice(0, 160) });
      }
    });
    // A lesson may teach in the same words as an explanation: texts count as a leak only in a file that also
    // names final questions (the test page, the launch page's configuration, a trainer page…).
    if (starts.length === 0) continue;
    for (const [questionId, { texts }] of byId) {
      for (const needle of texts) {
        if (text.includes(needle)) leaks.push({ file: file.name, questionId, what: 'correction text', excerpt: needle });
      }
    }
  }
  // One line per file, question and kind of leak is enough to act on.
  const seen = new Set<string>();
  return leaks.filter((l) => {
    const key = `${l.file}|${l.questionId}|${l.what}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
