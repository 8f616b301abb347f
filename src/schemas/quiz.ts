/**
 * Schema of a question bank: `content/quizzes/<bank>.yaml` (entry test, module checks, final test), and the
 * build-time check that runs it on every bank then cross-checks them (`checkQuizBanks`).
 *
 * Ids are stable tracking ids (responses, attempts and LMS interactions are keyed by them): never renumber
 * them, never derive them from order.
 */
import { z } from 'zod';
import { crossCheckBanks, type CourseIds, type QuizBankData, type QuizProblem } from '../domain/quiz/check';
import { idSchema } from './ids';
import { formatPath } from './problems';

/** An option (single, multiple), an item to order, a prompt or a choice to match. */
export const choiceSchema = z.strictObject({
  /** Stable id, unique within its question (e.g. `portail`, `a`). Responses are recorded with it. */
  id: idSchema,
  /** Text shown to the learner. */
  text: z.string().trim().min(1),
  /** Feedback shown when the learner picked this option (single and multiple only). Default none. */
  feedback: z.string().trim().min(1).optional(),
});

/** Feedback for the outcome of the whole answer, used when feedback per option does not fit (vrai/faux…). */
export const answerFeedbackSchema = z.strictObject({
  /** Shown when the answer is entirely right. */
  correct: z.string().trim().min(1).optional(),
  /** Shown when it is wrong. */
  incorrect: z.string().trim().min(1).optional(),
  /** Shown when it is partly right (multiple, order, match). Default: the `incorrect` text. */
  partial: z.string().trim().min(1).optional(),
});

/** The lesson section that teaches the question, linked from the correction. */
export const lessonLinkSchema = z.strictObject({
  /** Lesson id from `course.yaml`. */
  id: idSchema,
  /** Anchor of the section in the lesson page, without `#` (the slug of its `##` heading). Default: the top. */
  section: z.string().regex(/^[^\s#]+$/, { message: 'must be a heading anchor without "#" or spaces' }).optional(),
});

/** Fields every question has, whatever its type. */
const questionBase = {
  /** Stable id, unique across every bank (e.g. `m3-cadre-fournitures`). */
  id: idSchema,
  /** Module id from `course.yaml` the question belongs to; draws are stratified by it. */
  module: idSchema,
  /**
   * Ids of the one or two objectives of its module (`course.yaml` → modules[].objectives[].id) it assesses.
   * The final test is drawn and reported by objective.
   */
  objectives: z.array(idSchema).min(1).max(2),
  /** The question, in French. */
  stem: z.string().trim().min(5),
  /** Short explanation shown with the correction. */
  explanation: z.string().trim().min(5),
  /** Link to the lesson section that teaches it. */
  lesson: lessonLinkSchema,
  /** Feedback per outcome (correct, incorrect, partial). Default none. */
  feedback: answerFeedbackSchema.optional(),
};

/** Choix unique. */
export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  /** `single`: one right option, shown as radio buttons. */
  type: z.literal('single'),
  /** Two or more options. */
  options: z.array(choiceSchema).min(2),
  /** Id of the right option. */
  answer: idSchema,
  /** Shuffle the options for each attempt. `false` keeps the file's order (for « Aucune de ces réponses »). Default `true`. */
  shuffle: z.boolean().default(true),
});

/** Choix multiples. */
export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  /** `multiple`: one or more right options, shown as checkboxes; full credit for exactly the right set. */
  type: z.literal('multiple'),
  /** Two or more options. */
  options: z.array(choiceSchema).min(2),
  /** Ids of every right option. */
  answer: z.array(idSchema).min(1),
  /** Shuffle the options for each attempt. Default `true`. */
  shuffle: z.boolean().default(true),
});

/** Vrai/faux. */
export const trueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  /** `truefalse`: the stem is a statement; the options are « Vrai » and « Faux ». */
  type: z.literal('truefalse'),
  /** `true` when the statement is true. */
  answer: z.boolean(),
});

/** Remettre dans l'ordre. */
export const orderQuestionSchema = z.strictObject({
  ...questionBase,
  /** `order`: put the items in sequence (always shown shuffled, never already in order). */
  type: z.literal('order'),
  /** Two or more items, in any order. */
  items: z.array(choiceSchema).min(2),
  /** Every item id once, in the right order. */
  answer: z.array(idSchema).min(2),
});

/** Associer. */
export const matchQuestionSchema = z.strictObject({
  ...questionBase,
  /** `match`: give each prompt its choice from a list. */
  type: z.literal('match'),
  /** Two or more prompts (e.g. situations). */
  prompts: z.array(choiceSchema).min(2),
  /** Two or more choices (e.g. cadres de facturation); a choice may fit several prompts, or none. */
  choices: z.array(choiceSchema).min(2),
  /** Prompt id → choice id, one line per prompt. */
  answer: z.record(idSchema, idSchema),
  /** Shuffle the choices for each attempt. Default `true`. */
  shuffle: z.boolean().default(true),
});

/** One question; `type` selects its shape. */
export const questionSchema = z.discriminatedUnion(
  'type',
  [singleQuestionSchema, multipleQuestionSchema, trueFalseQuestionSchema, orderQuestionSchema, matchQuestionSchema],
  { error: (issue) => (issue.code === 'invalid_union' ? 'type must be one of: single, multiple, truefalse, order, match' : undefined) },
);

/** A bank file: `content/quizzes/<id>.yaml`. */
export const quizBankSchema = z
  .strictObject({
    /** Stable id, equal to the file name; `<Quiz bank="…">` refers to it. */
    id: idSchema,
    /** `entry` (test de positionnement), `module-check` (end of a module) or `final` (certifying test). */
    kind: z.enum(['entry', 'module-check', 'final']),
    /** For a module check only: the module it checks (its questions all belong to it). */
    module: idSchema.optional(),
    /** Questions drawn per attempt. Default: every question of the bank. */
    draw: z.number().int().positive().optional(),
    /** The questions. */
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((bank, ctx) => {
    if (bank.kind === 'module-check' && bank.module === undefined) {
      ctx.addIssue({ code: 'custom', path: ['module'], message: 'a module-check bank needs the module it checks' });
    }
    if (bank.kind !== 'module-check' && bank.module !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['module'], message: `only a module-check bank names a module (this one is ${bank.kind})` });
    }
  }, {
    // Run even when other fields have errors, so every problem is reported at once; skip only when `kind` or
    // `module` themselves are invalid (the rule would then read garbage).
    when: (payload) =>
      typeof payload.value === 'object' && payload.value !== null &&
      !payload.issues.some((issue) => issue.path?.[0] === 'kind' || issue.path?.[0] === 'module'),
  });

export type QuizBank = z.infer<typeof quizBankSchema>;
export type QuizQuestion = z.infer<typeof questionSchema>;
export type { QuizProblem } from '../domain/quiz/check';

/** The id written in the raw question at `questions[index]`, when there is one, to name it in messages. */
function rawQuestionId(data: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path[0] !== 'questions' || typeof path[1] !== 'number' || typeof data !== 'object' || data === null) return undefined;
  const questions = (data as { questions?: unknown }).questions;
  const question: unknown = Array.isArray(questions) ? questions[path[1]] : undefined;
  const id = typeof question === 'object' && question !== null ? (question as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Zod's message, said plainly where authors meet it most: a missing field. */
function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `is required (${issue.expected})`;
  return issue.message;
}

/** What the programme declares, with the objective ids of each module (module id → objective ids). */
export interface CourseRefs extends CourseIds {
  objectives?: ReadonlyMap<string, readonly string[]>;
}

/** Each question's objectives exist, belong to its module and are not listed twice. */
function checkObjectiveTags(banks: ReadonlyArray<{ file: string; bank: QuizBank }>, objectives: ReadonlyMap<string, readonly string[]>): QuizProblem[] {
  const problems: QuizProblem[] = [];
  for (const { file, bank } of banks) {
    bank.questions.forEach((question, i) => {
      const own = objectives.get(question.module);
      if (own === undefined) return; // unknown module: reported by the cross-check
      const seen = new Set<string>();
      question.objectives.forEach((id, j) => {
        const path = `questions[${i}].objectives[${j}]`;
        if (seen.has(id)) problems.push({ file, path, message: `question "${question.id}": objective "${id}" is listed twice` });
        else if (!own.includes(id)) {
          problems.push({ file, path, message: `question "${question.id}": "${id}" is not an objective of module "${question.module}"`, hint: `objectives of ${question.module} in course.yaml: ${own.join(', ')}` });
        }
        seen.add(id);
      });
    });
  }
  return problems;
}

/**
 * Validates every bank file with the schema, then cross-checks the valid ones (`crossCheckBanks`) and their
 * objective tags. Returns every problem at once and the parsed banks; build steps fail when `problems` is not
 * empty.
 */
export function validateQuizBanks(
  files: ReadonlyArray<{ file: string; data: unknown }>,
  course: CourseRefs,
): { problems: QuizProblem[]; banks: QuizBank[]; files: Array<{ file: string; bank: QuizBank }> } {
  const problems: QuizProblem[] = [];
  const parsed: Array<{ file: string; bank: QuizBank }> = [];
  for (const { file, data } of files) {
    const result = quizBankSchema.safeParse(data);
    if (result.success) {
      parsed.push({ file, bank: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const id = rawQuestionId(data, issue.path);
      const message = friendlyMessage(issue);
      const problem: QuizProblem = { file, path: formatPath(issue.path), message: id === undefined ? message : `question "${id}": ${message}` };
      if (issue.code === 'unrecognized_keys') problem.hint = 'remove it or fix its spelling (see src/schemas/quiz.ts for the fields)';
      problems.push(problem);
    }
  }
  const banks: Array<{ file: string; bank: QuizBankData }> = parsed;
  problems.push(...crossCheckBanks(banks, course));
  if (course.objectives !== undefined) problems.push(...checkObjectiveTags(parsed, course.objectives));
  return { problems, banks: parsed.map((p) => p.bank), files: parsed };
}

/** Every problem in the bank files (schema, then cross-references), or an empty list. */
export function checkQuizBanks(files: ReadonlyArray<{ file: string; data: unknown }>, course: CourseRefs): QuizProblem[] {
  return validateQuizBanks(files, course).problems;
}
