/**
 * Build-time: the organisation's completion rule (content/organisation.yaml) and the lessons it leaves out,
 * for every page that says whether the attestation is granted (the attestation page, the final test's
 * outcome).
 */
import type { CompletionRule } from '../domain/attestation/attestation';
import { loadOrganisation } from '../schemas/organisation';
import { orderedLessons } from './course';
import { bankOutlines, lessonOfBank } from './quiz';

export interface CompletionSettings {
  rule: CompletionRule;
  /** The final test's lesson (a condition of its own) and the lessons after it, which the rule leaves out. */
  closing: string[];
  /** The lesson that holds the final test, when there is one. */
  testLesson: string | undefined;
}

export function completionSettings(root: string = process.cwd()): CompletionSettings {
  const finalBank = bankOutlines().find((b) => b.kind === 'final');
  const testLesson = finalBank ? lessonOfBank(finalBank.id) : undefined;
  const lessons = orderedLessons();
  const testIndex = lessons.findIndex((l) => l.id === testLesson);
  const closing = testIndex >= 0 ? lessons.slice(testIndex).map((l) => l.id) : [];
  return { rule: loadOrganisation(root).completion, closing, testLesson };
}
