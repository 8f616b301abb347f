/**
 * French texts of the quiz islands, with French typography: U+00A0 before « : » and « % », U+202F before
 * « ; ! ? », guillemets with no-break spaces inside.
 */
import type { BankKind, QuizIssue, SavedResult } from '../../domain/quiz';

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

export const TITLES: Record<BankKind, string> = {
  entry: 'Test de positionnement',
  'module-check': 'Quiz de fin de module',
  final: 'Test final',
};

/** Status of a graded question: an icon and a word, never colour alone. */
export const RESULT_LABEL: Record<SavedResult, { icon: string; text: string }> = {
  correct: { icon: '✓', text: 'Bonne réponse' },
  partial: { icon: '◐', text: 'Réponse en partie juste' },
  incorrect: { icon: '✗', text: 'Réponse incorrecte' },
};

/** The letter of the choice at `index` (0 → « A »), as a class reads the choices of a matching question aloud. */
export const letter = (index: number) => String.fromCharCode(65 + (index % 26)).repeat(Math.floor(index / 26) + 1);

export const percent = (value: number) => `${value}${NBSP}%`;

export const quote = (text: string) => `«${NBSP}${text}${NBSP}»`;

/** « 1 question », « 3 questions ». */
export const plural = (count: number, word: string) => `${count}${NBSP}${word}${count > 1 ? 's' : ''}`;

/** The message for an issue the learner can meet. */
export function issueMessage(issue: QuizIssue): string {
  switch (issue.code) {
    case 'attempt.none-left':
      return issue.params.allowed === 1
        ? 'Ce test se passe une seule fois.'
        : `Vous avez utilisé vos ${issue.params.allowed}${NBSP}tentatives.`;
    case 'attempt.already-passed':
      return `Test réussi à la tentative ${issue.params.number}${NBSP}: il n’y a rien à repasser.`;
    case 'attempt.in-progress':
      return `La tentative ${issue.params.number} est en cours.`;
    case 'attempt.unanswered':
      return `${plural(issue.params.questionIds.length, 'question')} sans réponse.`;
    case 'draw.bank-too-small':
    case 'draw.invalid-count':
    case 'attempt.unknown-question':
    case 'attempt.submitted':
      return 'Ce quiz ne peut pas démarrer (questions introuvables). Rechargez la page ou signalez-le au formateur.';
  }
}
