/**
 * Cross-reference checks on banks that passed their schema: what a schema cannot see alone (ids across
 * banks, answer keys against options, modules and lessons against the programme). Every problem is collected
 * and returned at once, each with the file, the field, what is wrong and, when useful, a hint.
 */
import type { Choice, Question } from './types';

/** Kinds of bank: the entry test, a module's end-of-module check, the final test. */
export type BankKind = 'entry' | 'module-check' | 'final';

/** A bank as the engine sees it once parsed (`src/schemas/quiz.ts` produces it). */
export interface QuizBankData {
  id: string;
  kind: BankKind;
  module?: string | undefined;
  draw?: number | undefined;
  questions: readonly Question[];
}

/** One problem, reported to authors at build time. */
export interface QuizProblem {
  /** File the problem sits in, as given to the check. */
  file: string;
  /** Field inside the file, e.g. `questions[3].answer`. */
  path: string;
  /** What is wrong, naming the question id when the problem is in a question. */
  message: string;
  /** How to fix it, when not obvious. */
  hint?: string;
}

/** What the programme declares, from `course.yaml`. */
export interface CourseIds {
  moduleIds: Iterable<string>;
  lessonIds: Iterable<string>;
}

function list(ids: Iterable<string>): string {
  return [...ids].join(', ');
}

function fileStem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');
}

/** Duplicate ids within one list of options, items, prompts or choices. */
function duplicateIds(choices: readonly Choice[], field: string, report: (path: string, message: string) => void): void {
  const seen = new Set<string>();
  choices.forEach((choice, i) => {
    if (seen.has(choice.id)) report(`${field}[${i}].id`, `${field.replace(/s$/, '')} id "${choice.id}" is used twice`);
    seen.add(choice.id);
  });
}

function checkQuestion(question: Question, at: string, report: (path: string, message: string, hint?: string) => void): void {
  const say = (path: string, message: string, hint?: string) => report(`${at}.${path}`, `question "${question.id}": ${message}`, hint);
  switch (question.type) {
    case 'single':
    case 'multiple': {
      duplicateIds(question.options, 'options', say);
      const ids = new Set(question.options.map((o) => o.id));
      const hint = `the options are: ${list(ids)}`;
      if (question.type === 'single') {
        if (!ids.has(question.answer)) say('answer', `answer "${question.answer}" is not one of its options`, hint);
        break;
      }
      const seen = new Set<string>();
      question.answer.forEach((id, i) => {
        if (!ids.has(id)) say(`answer[${i}]`, `answer "${id}" is not one of its options`, hint);
        else if (seen.has(id)) say(`answer[${i}]`, `answer "${id}" is listed twice`);
        seen.add(id);
      });
      break;
    }
    case 'order': {
      duplicateIds(question.items, 'items', say);
      const texts = new Map<string, string>();
      question.items.forEach((item, i) => {
        const other = texts.get(item.text.trim());
        if (other !== undefined) say(`items[${i}].text`, `items "${other}" and "${item.id}" have the same text, so the learner cannot tell them apart`);
        else texts.set(item.text.trim(), item.id);
      });
      const ids = new Set(question.items.map((item) => item.id));
      const seen = new Set<string>();
      question.answer.forEach((id, i) => {
        if (!ids.has(id)) say(`answer[${i}]`, `answer "${id}" is not one of its items`, `the items are: ${list(ids)}`);
        else if (seen.has(id)) say(`answer[${i}]`, `item "${id}" appears twice in the answer`);
        seen.add(id);
      });
      const missing = [...ids].filter((id) => !seen.has(id));
      if (missing.length > 0) say('answer', `the answer leaves out item${missing.length > 1 ? 's' : ''} ${missing.map((id) => `"${id}"`).join(', ')}`, 'list every item id once, in the right order');
      break;
    }
    case 'match': {
      duplicateIds(question.prompts, 'prompts', say);
      duplicateIds(question.choices, 'choices', say);
      const prompts = new Set(question.prompts.map((p) => p.id));
      const choices = new Set(question.choices.map((c) => c.id));
      for (const [prompt, choice] of Object.entries(question.answer)) {
        if (!prompts.has(prompt)) say(`answer.${prompt}`, `answer pairs "${prompt}", which is not one of its prompts`, `the prompts are: ${list(prompts)}`);
        if (!choices.has(choice)) say(`answer.${prompt}`, `answer pairs "${prompt}" with "${choice}", which is not one of its choices`, `the choices are: ${list(choices)}`);
      }
      const unpaired = [...prompts].filter((id) => !(id in question.answer));
      if (unpaired.length > 0) say('answer', `prompt${unpaired.length > 1 ? 's' : ''} ${unpaired.map((id) => `"${id}"`).join(', ')} ha${unpaired.length > 1 ? 've' : 's'} no answer`, 'give every prompt its choice under answer:');
      break;
    }
    case 'truefalse':
      break;
  }
}

/**
 * Checks parsed banks against each other and against the programme: bank id and file name, the module of a
 * module check, draw sizes, question ids unique across every bank, each question's module and lesson, answer
 * keys against options, order and match items. Returns every problem found (none when all is well).
 */
export function crossCheckBanks(banks: ReadonlyArray<{ file: string; bank: QuizBankData }>, course: CourseIds): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const moduleIds = new Set(course.moduleIds);
  const lessonIds = new Set(course.lessonIds);
  const questionSeen = new Map<string, string>();
  const bankSeen = new Map<string, string>();

  for (const { file, bank } of banks) {
    const report = (path: string, message: string, hint?: string) => problems.push(hint === undefined ? { file, path, message } : { file, path, message, hint });

    if (bank.id !== fileStem(file)) report('id', `bank id "${bank.id}" differs from the file name "${fileStem(file)}"`, `rename the file to ${bank.id}.yaml or set id: ${fileStem(file)}`);
    const otherBank = bankSeen.get(bank.id);
    if (otherBank !== undefined) report('id', `bank id "${bank.id}" is also used by ${otherBank}`);
    else bankSeen.set(bank.id, file);
    if (bank.module !== undefined && !moduleIds.has(bank.module)) report('module', `unknown module "${bank.module}"`, `modules in course.yaml: ${list(moduleIds)}`);
    if (bank.draw !== undefined && bank.draw > bank.questions.length) {
      report('draw', `draws ${bank.draw} questions but the bank has only ${bank.questions.length}`, `lower draw to at most ${bank.questions.length} or add questions`);
    }

    bank.questions.forEach((question, i) => {
      const at = `questions[${i}]`;
      const where = `${file} › ${at}`;
      const other = questionSeen.get(question.id);
      if (other !== undefined) report(`${at}.id`, `question "${question.id}": id already used at ${other}`, 'question ids are unique across every bank: give this one a new id');
      else questionSeen.set(question.id, where);

      if (!moduleIds.has(question.module)) report(`${at}.module`, `question "${question.id}": unknown module "${question.module}"`, `modules in course.yaml: ${list(moduleIds)}`);
      else if (bank.kind === 'module-check' && bank.module !== undefined && question.module !== bank.module) {
        report(`${at}.module`, `question "${question.id}": module "${question.module}" in the check of module "${bank.module}"`, 'move the question to its own module\'s bank, or fix its module');
      }
      if (!lessonIds.has(question.lesson.id)) report(`${at}.lesson.id`, `question "${question.id}": unknown lesson "${question.lesson.id}"`, 'use a lesson id from course.yaml');
      checkQuestion(question, at, report);
    });
  }
  return problems;
}

/** One message listing every problem, for the build log. */
export function formatQuizProblems(problems: readonly QuizProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file} › ${p.path}: ${p.message}${p.hint ? `\n      hint: ${p.hint}` : ''}`);
  return `Quiz check failed with ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${lines.join('\n')}`;
}
