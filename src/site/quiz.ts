/**
 * Build-time helpers for the quiz pages: a bank's draw settings from `course.yaml`, and bank outlines (ids and
 * modules only) for the results and attestation pages.
 */
import { randomBytes } from 'node:crypto';
import type { BankOutline } from '../domain/quiz/rules';
import { sealQuestion } from '../domain/quiz/seal';
import type { Question, SealedQuestion } from '../domain/quiz/types';
import { content } from './course';

const sealed = new Map<string, { questions: SealedQuestion[]; release: string }>();

const secret = () => randomBytes(16).toString('base64url');

/**
 * A bank's questions sealed for the learner's page (src/domain/quiz/seal.ts): no key, no feedback and no
 * explanation in clear. Salts and the release secret are drawn anew at every build (once per build and bank:
 * every page of one build agrees). Pass the questions as the page will show them (typeset).
 */
export function sealBank(bankId: string, questions: readonly Question[]): { questions: SealedQuestion[]; release: string } {
  const known = sealed.get(bankId);
  if (known) return known;
  const release = secret();
  const bank = { questions: questions.map((q) => sealQuestion(q, { salt: secret(), release })), release };
  sealed.set(bankId, bank);
  return bank;
}

/** Final test: module id → weight of its stratum (the module's minutes in `course.yaml`). */
export function finalStrata(): Record<string, number> {
  return Object.fromEntries(content().course.modules.map((m) => [m.id, m.minutes]));
}

/** Every bank without its texts (ids, modules and objectives of its questions), with the strata of the final test. */
export function bankOutlines(): BankOutline[] {
  return content().quizzes.map((bank) => ({
    id: bank.id,
    kind: bank.kind,
    ...(bank.draw !== undefined ? { draw: bank.draw } : {}),
    questions: bank.questions.map((q) => ({ id: q.id, module: q.module, objectives: [...q.objectives] })),
    ...(bank.kind === 'final' ? { strata: finalStrata() } : {}),
  }));
}

/** The lesson that embeds a bank (it lists the bank in its activities). */
export function lessonOfBank(bankId: string): string | undefined {
  return content().lessons.find((l) => l.activities.includes(bankId))?.id;
}
