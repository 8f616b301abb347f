/**
 * Build-time quality measures of the question banks, with the limits past which the content check fails:
 * - every objective of a numbered module (1–7) has enough final-bank questions for each attempt to differ;
 * - the right option of a single-choice question is not a cue by being the longest;
 * - multiple-choice questions do not always have the same number of right answers;
 * - entry-test items are not near-copies of final items (pre/post gains would then measure memory).
 * `measureQuizzes` returns the figures (logged by the build), `quizQualityProblems` the problems past a limit.
 */
import type { QuizBank, QuizQuestion } from './quiz';

export const QUIZ_LIMITS = {
  /** Final-bank questions each objective of modules 1–7 needs at least. */
  minFinalQuestionsPerObjective: 3,
  /** The right option may be the longest in strictly fewer than this share of single-choice questions. */
  maxLongestRightShare: 0.35,
  /** No number of right answers may be shared by more than this share of the multiple-choice questions. */
  maxSameRightCountShare: 0.5,
  /** Multiple-choice questions a scope needs before their right-answer counts are judged. */
  minMultipleToJudge: 3,
  /** An entry item and a final item at or above this word similarity are near-copies. */
  maxEntryFinalSimilarity: 0.45,
} as const;

/** What the measures need of the programme. */
export interface ProgrammeObjectives {
  modules: ReadonlyArray<{ id: string; number?: number | undefined; objectives: ReadonlyArray<{ id: string }> }>;
}

/** A parsed bank and its file. */
export interface BankFile {
  file: string;
  bank: QuizBank;
}

/** Where a set of banks is judged together: each entry and final bank alone, the module checks together. */
export interface Scope {
  /** `final`, `entry` (bank ids) or `module checks`. */
  name: string;
  files: string[];
}

export interface LongestRightMeasure extends Scope {
  /** Single-choice questions in the scope. */
  single: number;
  /** Ids of those whose right option is strictly longer than every wrong one. */
  longest: string[];
  /** `longest.length / single` (0 when there is no single-choice question). */
  rate: number;
}

export interface RightCountMeasure extends Scope {
  /** Number of right answers → ids of the multiple-choice questions with that many. */
  byCount: Map<number, string[]>;
  multiple: number;
}

export interface QuizMeasures {
  /** Final-bank questions per objective of the numbered modules, in programme order. */
  coverage: Array<{ module: string; objective: string; questions: string[] }>;
  longestRight: LongestRightMeasure[];
  rightCounts: RightCountMeasure[];
  /** Entry/final pairs at or above the similarity limit, most similar first. */
  nearCopies: Array<{ entry: string; entryFile: string; entryIndex: number; final: string; similarity: number }>;
  /** The highest entry/final similarity found (0 without pairs). */
  maxSimilarity: number;
}

const length = (text: string) => text.trim().replace(/\s+/g, ' ').length;

/** The right option of a single-choice question is strictly longer than every other option. */
export function rightIsLongest(question: Extract<QuizQuestion, { type: 'single' }>): boolean {
  const right = question.options.find((o) => o.id === question.answer);
  if (right === undefined) return false;
  const own = length(right.text);
  return question.options.every((o) => o.id === question.answer || length(o.text) < own);
}

// Short French function words, left out of the similarity (they make every pair of sentences look alike).
const STOP_WORDS = new Set(
  ('les des une dans pour par sur que qui est son ses sont avec aux elle vous votre vos pas plus mais ont cette ces leur leurs ' +
    'dont quel quelle quels quelles comment doit peut fait tout tous elles ils lui nous quoi quand faut encore deux').split(' '),
);

/** The content words of a text: lower case, no accents, words of 3+ letters cut to 6 (valider ≈ validation). */
export function contentWords(text: string): Set<string> {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = plain.match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((w) => w.length >= 3 && !STOP_WORDS.has(w)).map((w) => w.slice(0, 6)));
}

/** What a question asks and what it takes as right: the stem with the right answer's text. */
export function questionGist(question: QuizQuestion): string {
  switch (question.type) {
    case 'single':
      return [question.stem, ...question.options.filter((o) => o.id === question.answer).map((o) => o.text)].join(' ');
    case 'multiple':
      return [question.stem, ...question.options.filter((o) => question.answer.includes(o.id)).map((o) => o.text)].join(' ');
    case 'order':
      return [question.stem, ...question.items.map((i) => i.text)].join(' ');
    case 'match':
      return [question.stem, ...question.prompts.map((p) => p.text), ...question.choices.map((c) => c.text)].join(' ');
    case 'truefalse':
      return question.stem;
  }
}

/** Jaccard similarity of two word sets (0 when both are empty). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function scopes(banks: readonly BankFile[]): Array<Scope & { questions: QuizQuestion[] }> {
  const result: Array<Scope & { questions: QuizQuestion[] }> = [];
  for (const { file, bank } of banks) {
    if (bank.kind !== 'module-check') result.push({ name: bank.id, files: [file], questions: [...bank.questions] });
  }
  const checks = banks.filter((b) => b.bank.kind === 'module-check');
  if (checks.length > 0) result.push({ name: 'module checks', files: checks.map((b) => b.file), questions: checks.flatMap((b) => b.bank.questions) });
  return result;
}

export function measureQuizzes(banks: readonly BankFile[], programme: ProgrammeObjectives): QuizMeasures {
  const finals = banks.filter((b) => b.bank.kind === 'final');
  const finalQuestions = finals.flatMap((b) => b.bank.questions);
  const coverage = programme.modules
    .filter((mod) => mod.number !== undefined)
    .flatMap((mod) => mod.objectives.map((objective) => ({
      module: mod.id,
      objective: objective.id,
      questions: finalQuestions.filter((q) => q.module === mod.id && q.objectives.includes(objective.id)).map((q) => q.id),
    })));

  const longestRight: LongestRightMeasure[] = [];
  const rightCounts: RightCountMeasure[] = [];
  for (const { name, files, questions } of scopes(banks)) {
    const single = questions.filter((q) => q.type === 'single');
    const longest = single.filter(rightIsLongest).map((q) => q.id);
    longestRight.push({ name, files, single: single.length, longest, rate: single.length === 0 ? 0 : longest.length / single.length });
    const byCount = new Map<number, string[]>();
    const multiple = questions.filter((q) => q.type === 'multiple');
    for (const q of multiple) byCount.set(q.answer.length, [...(byCount.get(q.answer.length) ?? []), q.id]);
    rightCounts.push({ name, files, byCount: new Map([...byCount].sort(([a], [b]) => a - b)), multiple: multiple.length });
  }

  const nearCopies: QuizMeasures['nearCopies'] = [];
  let maxSimilarity = 0;
  const finalWords = finalQuestions.map((q) => ({ id: q.id, words: contentWords(questionGist(q)) }));
  for (const { file, bank } of banks.filter((b) => b.bank.kind === 'entry')) {
    bank.questions.forEach((question, index) => {
      const words = contentWords(questionGist(question));
      for (const other of finalWords) {
        const value = similarity(words, other.words);
        maxSimilarity = Math.max(maxSimilarity, value);
        if (value >= QUIZ_LIMITS.maxEntryFinalSimilarity) nearCopies.push({ entry: question.id, entryFile: file, entryIndex: index, final: other.id, similarity: value });
      }
    });
  }
  nearCopies.sort((a, b) => b.similarity - a.similarity);
  return { coverage, longestRight, rightCounts, nearCopies, maxSimilarity };
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** A problem past a limit, in the content check's shape. */
export interface QualityProblem {
  file: string;
  field: string;
  message: string;
  hint?: string;
}

/** Every measure past its limit, each with where it is and how to fix it. */
export function quizQualityProblems(measures: QuizMeasures, banks: readonly BankFile[]): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const finalFile = banks.find((b) => b.bank.kind === 'final')?.file;
  if (finalFile !== undefined) {
    for (const { module, objective, questions } of measures.coverage) {
      if (questions.length >= QUIZ_LIMITS.minFinalQuestionsPerObjective) continue;
      problems.push({
        file: finalFile,
        field: `objectives: [${objective}]`,
        message: `objective "${objective}" (${module}) has ${questions.length} final-bank question${questions.length === 1 ? '' : 's'}${questions.length ? ` (${questions.join(', ')})` : ''}; it needs at least ${QUIZ_LIMITS.minFinalQuestionsPerObjective} so that attempts differ`,
        hint: `write questions on it with objectives: [${objective}], or tag an existing question of ${module} that really assesses it`,
      });
    }
  }
  for (const m of measures.longestRight) {
    if (m.single === 0 || m.rate < QUIZ_LIMITS.maxLongestRightShare) continue;
    problems.push({
      file: m.files.join(', '),
      field: 'single-choice options',
      message: `the right option is the longest in ${m.longest.length} of ${m.single} single-choice questions of ${m.name} (${percent(m.rate)}); it must stay under ${percent(QUIZ_LIMITS.maxLongestRightShare)}`,
      hint: `give right and wrong options similar lengths (shorten the right one, make a wrong one as precise) in: ${m.longest.join(', ')}`,
    });
  }
  for (const m of measures.rightCounts) {
    if (m.multiple < QUIZ_LIMITS.minMultipleToJudge) continue;
    const [count, ids] = [...m.byCount].reduce((best, entry) => (entry[1].length > best[1].length ? entry : best));
    if (ids.length / m.multiple <= QUIZ_LIMITS.maxSameRightCountShare) continue;
    problems.push({
      file: m.files.join(', '),
      field: 'multiple-choice answers',
      message: `${ids.length} of ${m.multiple} multiple-choice questions of ${m.name} have ${count} right answer${count === 1 ? '' : 's'} (${percent(ids.length / m.multiple)}); no count may exceed ${percent(QUIZ_LIMITS.maxSameRightCountShare)}`,
      hint: `vary the number of right answers (one, two, all…) in some of: ${ids.join(', ')}`,
    });
  }
  for (const pair of measures.nearCopies) {
    problems.push({
      file: pair.entryFile,
      field: `questions[${pair.entryIndex}]`,
      message: `entry question "${pair.entry}" is a near-copy of final question "${pair.final}" (word similarity ${percent(pair.similarity)}; limit under ${percent(QUIZ_LIMITS.maxEntryFinalSimilarity)})`,
      hint: 'assess the same objective with another situation or another fact, so the final test does not reward remembering the entry test',
    });
  }
  return problems;
}

/** The figures in one line per measure, for the build log. */
export function formatQuizMeasures(measures: QuizMeasures): string {
  const covered = measures.coverage.map((c) => c.questions.length);
  const lines = [
    `final questions per objective: min ${covered.length ? Math.min(...covered) : 0}, max ${covered.length ? Math.max(...covered) : 0} over ${covered.length} objectives`,
    `right option longest: ${measures.longestRight.map((m) => `${m.name} ${percent(m.rate)} (${m.longest.length}/${m.single})`).join(', ')}`,
    `right answers in multiple choice: ${measures.rightCounts.filter((m) => m.multiple > 0).map((m) => `${m.name} ${[...m.byCount].map(([n, ids]) => `${n}×${ids.length}`).join(' ')}`).join(', ')}`,
    `entry/final similarity: max ${percent(measures.maxSimilarity)}`,
  ];
  return lines.join('\n');
}
