/**
 * What lessons refer to, checked against what exists: the activities they embed (`<Quiz bank>`,
 * `<Simulation scenario mode>`) against their declared `activities`, the banks and the scenarios; the
 * glossary terms they cite (`<Terme id>`); and the glossary's own cross-references.
 */
import type { GlossaryEntry } from './course';
import type { CheckedContent, RawLessonFile } from './check-content';
import type { ContentProblem } from './problems';
import { isOneOf } from '../domain/keys';

const QUIZ_REF = /<Quiz\s+bank=["']([^"']+)["']/g;
const SIMULATION_TAG = /<Simulation\b([^>]*)\/?>/g;
const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`\\b${name}=["']([^"']*)["']`).exec(attributes)?.[1];

/** Modes of `<Simulation>`; a démonstration is shown, not done, so it is not an activity. */
export const SIMULATION_MODES = ['demonstration', 'entrainement', 'evaluation'] as const;

/** The `<Simulation scenario mode>` tags of a lesson body, with their line-free attributes. */
export function simulationEmbeds(body: string): Array<{ scenario: string | undefined; mode: string | undefined }> {
  return [...body.matchAll(SIMULATION_TAG)].map((match) => {
    const attributes = match[1] ?? '';
    return { scenario: attribute(attributes, 'scenario'), mode: attribute(attributes, 'mode') };
  });
}

/**
 * Every activity embedded in a lesson (`<Quiz bank>`, `<Simulation scenario>` in entraînement or évaluation)
 * must exist and be declared in the lesson's `activities` (which decide its completion), and every declared
 * activity must be embedded. A démonstration is not an activity: it needs no declaration.
 */
export function checkActivities(raw: RawLessonFile[], lessons: CheckedContent['lessons'], banks: Set<string>, scenarios: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const declared = new Map(lessons.map((l) => [l.file, l.activities]));
  for (const lesson of raw) {
    const activities = declared.get(lesson.file);
    if (!activities) continue;
    const embedded = new Set<string>();
    for (const match of lesson.body.matchAll(QUIZ_REF)) {
      const bank = match[1] ?? '';
      embedded.add(bank);
      if (!banks.has(bank)) {
        problems.push({ file: lesson.file, field: `<Quiz bank="${bank}">`, message: `unknown quiz bank "${bank}"`, hint: `create content/quizzes/${bank}.yaml or fix the id` });
      } else if (!activities.includes(bank)) {
        problems.push({ file: lesson.file, field: 'frontmatter.activities', message: `the lesson embeds quiz "${bank}" but does not list it in activities`, hint: `add ${bank} to activities: it then decides the lesson's completion` });
      }
    }
    for (const { scenario, mode } of simulationEmbeds(lesson.body)) {
      const field = `<Simulation scenario="${scenario ?? ''}" mode="${mode ?? ''}">`;
      if (!scenario) {
        problems.push({ file: lesson.file, field, message: '<Simulation> needs a scenario attribute', hint: 'write <Simulation scenario="<id of content/scenarios/…>" mode="entrainement" />' });
        continue;
      }
      if (!isOneOf(SIMULATION_MODES, mode ?? '')) {
        problems.push({ file: lesson.file, field, message: `mode must be one of ${SIMULATION_MODES.join(', ')}`, hint: 'démonstration shows the steps; entrainement and evaluation are activities' });
      }
      if (!scenarios.has(scenario)) {
        problems.push({ file: lesson.file, field, message: `unknown scenario "${scenario}"`, hint: `create content/scenarios/${scenario}.yaml or fix the id` });
        continue;
      }
      if (mode === 'demonstration') continue;
      embedded.add(scenario);
      if (!activities.includes(scenario)) {
        problems.push({ file: lesson.file, field: 'frontmatter.activities', message: `the lesson embeds simulation "${scenario}" but does not list it in activities`, hint: `add ${scenario} to activities: it then decides the lesson's completion` });
      }
    }
    activities.forEach((id, i) => {
      if (!embedded.has(id)) {
        problems.push({ file: lesson.file, field: `frontmatter.activities[${i}]`, message: `activity "${id}" is declared but not embedded in the lesson`, hint: `add <Quiz bank="${id}" /> or <Simulation scenario="${id}" mode="entrainement" /> to the lesson, or remove it from activities` });
      }
    });
  }
  return problems;
}

const TERM_REF = /<Terme\s+id=["']([^"']+)["']/g;

export function checkGlossary(file: string, glossary: GlossaryEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  glossary.forEach((entry, i) => {
    if (ids.has(entry.id)) problems.push({ file, field: `[${i}].id`, message: `duplicate glossary id "${entry.id}"` });
    ids.add(entry.id);
  });
  glossary.forEach((entry, i) => {
    entry.see.forEach((ref, j) => {
      if (!ids.has(ref)) problems.push({ file, field: `[${i}].see[${j}]`, message: `unknown glossary id "${ref}"` });
    });
  });
  return problems;
}

export function checkTermReferences(lessons: RawLessonFile[], glossary: GlossaryEntry[]): ContentProblem[] {
  const ids = new Set(glossary.map((entry) => entry.id));
  const problems: ContentProblem[] = [];
  for (const lesson of lessons) {
    for (const match of lesson.body.matchAll(TERM_REF)) {
      const ref = match[1] ?? '';
      if (!ids.has(ref)) {
        problems.push({
          file: lesson.file,
          field: `<Terme id="${ref}">`,
          message: `unknown glossary id "${ref}"`,
          hint: 'add it to content/glossary.yaml or fix the id',
        });
      }
    }
  }
  return problems;
}
