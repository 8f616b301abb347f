/**
 * Build-time helpers for the quiz pages: a bank's draw settings from `course.yaml`, and bank outlines (ids and
 * modules only) for the results and attestation pages.
 */
import type { BankOutline } from '../domain/quiz/rules';
import { content } from './course';

/** Final test: module id → weight of its stratum (the module's minutes in `course.yaml`). */
export function finalStrata(): Record<string, number> {
  return Object.fromEntries(content().course.modules.map((m) => [m.id, m.minutes]));
}

/** Every bank without its texts, with the strata of the final test. */
export function bankOutlines(): BankOutline[] {
  return content().quizzes.map((bank) => ({
    id: bank.id,
    kind: bank.kind,
    ...(bank.draw !== undefined ? { draw: bank.draw } : {}),
    questions: bank.questions.map((q) => ({ id: q.id, module: q.module })),
    ...(bank.kind === 'final' ? { strata: finalStrata() } : {}),
  }));
}

/** The lesson that embeds a bank (it lists the bank in its activities). */
export function lessonOfBank(bankId: string): string | undefined {
  return content().lessons.find((l) => l.activities.includes(bankId))?.id;
}
