/** Small questions of every type, shared by the quiz engine's tests. */
import type { MatchQuestion, MultipleQuestion, OrderQuestion, Question, SingleQuestion, TrueFalseQuestion } from '../../../../src/domain/quiz';

const base = {
  module: 'm3-factures-emises',
  objectives: ['m3-cadre'],
  stem: 'Question ?',
  explanation: 'Parce que.',
  lesson: { id: 'm3-cadres-facturation', section: 'les-cadres' },
};

export const single: SingleQuestion = {
  ...base,
  id: 'q-single',
  type: 'single',
  options: [
    { id: 'a', text: 'A', feedback: 'Oui, A.' },
    { id: 'b', text: 'B', feedback: 'Non, pas B.' },
    { id: 'c', text: 'C' },
  ],
  answer: 'a',
  shuffle: true,
};

export const multiple: MultipleQuestion = {
  ...base,
  id: 'q-multiple',
  type: 'multiple',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C', feedback: 'C est un piège.' },
    { id: 'd', text: 'D' },
  ],
  answer: ['a', 'b'],
  shuffle: true,
  feedback: { correct: 'Bravo.', incorrect: 'Revoyez la leçon.' },
};

export const truefalse: TrueFalseQuestion = {
  ...base,
  id: 'q-truefalse',
  type: 'truefalse',
  answer: false,
  feedback: { correct: 'Exact.', incorrect: 'Eh non.' },
};

export const order: OrderQuestion = {
  ...base,
  id: 'q-order',
  type: 'order',
  items: [
    { id: 'saisir', text: 'Saisir' },
    { id: 'enregistrer', text: 'Enregistrer le brouillon' },
    { id: 'envoyer', text: 'Envoyer' },
    { id: 'suivre', text: 'Suivre' },
  ],
  answer: ['saisir', 'enregistrer', 'envoyer', 'suivre'],
  feedback: { partial: 'Presque.' },
};

export const match: MatchQuestion = {
  ...base,
  id: 'q-match',
  type: 'match',
  prompts: [
    { id: 'fournitures', text: 'Une livraison de fournitures' },
    { id: 'service', text: 'Une prestation de service' },
    { id: 'sous-traitant', text: 'Un sous-traitant' },
    { id: 'cotraitant', text: 'Un cotraitant' },
  ],
  choices: [
    { id: 'a1', text: 'A1' },
    { id: 'a9', text: 'A9' },
    { id: 'a12', text: 'A12' },
  ],
  answer: { fournitures: 'a1', service: 'a1', 'sous-traitant': 'a9', cotraitant: 'a12' },
  shuffle: true,
};

export const everyType: Question[] = [single, multiple, truefalse, order, match];

/** A bank of `perModule[m]` true/false questions for each module m, with ids `<module>-q<n>`. */
export function bankOf(perModule: Record<string, number>): TrueFalseQuestion[] {
  return Object.entries(perModule).flatMap(([module, n]) =>
    Array.from({ length: n }, (_, i): TrueFalseQuestion => ({ ...truefalse, id: `${module}-q${i + 1}`, module })),
  );
}
