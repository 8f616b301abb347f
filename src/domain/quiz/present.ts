/**
 * Presenting a question: its options (or items, or choices) in an order derived from the attempt's seed and
 * the question's id, so a reload shows the same order and the order does not depend on the draw position.
 */
import { grade } from './grade';
import { deriveSeed, mulberry32, shuffle } from './random';
import type { AnyQuestion, Question } from './types';

/**
 * A copy of the question with its options in presentation order. Single, multiple and match questions are
 * shuffled unless `shuffle: false` (for options such as « Aucune de ces réponses » that must stay last); vrai/faux
 * keeps Vrai then Faux; an order question is always shuffled and never shown already in the right order.
 */
export function presentQuestion<Q extends AnyQuestion>(question: Q, seed: number): Q {
  const random = mulberry32(deriveSeed(seed, question.id));
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.shuffle ? { ...question, options: shuffle(question.options, random) } : question;
    case 'match':
      return question.shuffle ? { ...question, choices: shuffle(question.choices, random) } : question;
    case 'order': {
      let items = shuffle(question.items, random);
      // Graded rather than compared with the key, so a sealed question (no key in the page) is handled too.
      if (items.length > 1 && grade(question, items.map((item) => item.id)).credit === 1) {
        // Shown in the right order, the question would answer itself: rotate by one so no item is in place.
        items = [...items.slice(1), ...items.slice(0, 1)];
      }
      return { ...question, items };
    }
    case 'truefalse':
      return question;
  }
}

/** Presents every question of an attempt with the same seed. */
export function presentQuestions<Q extends AnyQuestion>(questions: readonly Q[], seed: number): Q[] {
  return questions.map((question) => presentQuestion(question, seed));
}

const byId = <T extends { id: string }>(choices: readonly T[]) => [...choices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * A copy of the question with every list of options, items, prompts and choices in id order: it shows no
 * authored order (authors tend to write the right option first, the items of an order question in their
 * order), and two copies of a question compare equal whatever their orders.
 */
export function inIdOrder(question: Question): Question {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...question, options: byId(question.options) };
    case 'order':
      return { ...question, items: byId(question.items) };
    case 'match':
      return { ...question, prompts: byId(question.prompts), choices: byId(question.choices) };
    case 'truefalse':
      return question;
  }
}
