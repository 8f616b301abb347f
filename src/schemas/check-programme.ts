/**
 * The programme (`course.yaml`) against itself and the lesson files: unique module, lesson and objective
 * ids, minutes that add up, every programme entry with its lesson file in its module's folder, and no two
 * tracked ids sharing a saved-progress key. Runs on a programme that failed its schema too (`looseProgramme`).
 */
import { keyCollisions } from '../domain/record/hash';
import type { CheckedContent, RawLessonFile } from './check-content';
import type { ContentProblem } from './problems';

/** The parts of the programme the cross-checks need, tolerant of schema errors reported elsewhere. */
interface ProgrammeShape {
  minutes?: number | undefined;
  modules: Array<{
    id: string;
    minutes?: number | undefined;
    objectives: Array<{ id: string }>;
    lessons: Array<{ id: string; minutes?: number | undefined; optional?: boolean | undefined }>;
  }>;
}

const num = (value: unknown) => (typeof value === 'number' ? value : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** Reads what it can of a programme that failed its schema, so the cross-checks still report everything. */
export function looseProgramme(raw: unknown): ProgrammeShape | undefined {
  const modules = field(raw, 'modules');
  if (!Array.isArray(modules)) return undefined;
  return {
    minutes: num(field(raw, 'minutes')),
    modules: modules.map((mod) => ({
      id: str(field(mod, 'id')),
      minutes: num(field(mod, 'minutes')),
      objectives: list(field(mod, 'objectives')).map((o) => ({ id: str(field(o, 'id')) })),
      lessons: list(field(mod, 'lessons')).map((l) => ({ id: str(field(l, 'id')), minutes: num(field(l, 'minutes')), optional: field(l, 'optional') === true })),
    })),
  };
}

export function checkProgramme(
  file: string,
  course: ProgrammeShape,
  rawLessons: RawLessonFile[],
  lessons: CheckedContent['lessons'],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const moduleIds = new Set<string>();
  const programmeLessons = new Map<string, { module: string; field: string }>();

  course.modules.forEach((mod, m) => {
    if (moduleIds.has(mod.id)) problems.push({ file, field: `modules[${m}].id`, message: `duplicate module id "${mod.id}"` });
    moduleIds.add(mod.id);
    const sum = mod.lessons.reduce((total, lesson) => total + (lesson.optional ? 0 : (lesson.minutes ?? 0)), 0);
    if (mod.minutes !== undefined && sum !== mod.minutes) {
      problems.push({
        file,
        field: `modules[${m}].minutes`,
        message: `module "${mod.id}" lasts ${mod.minutes} min but its lessons add up to ${sum} min`,
      });
    }
    mod.lessons.forEach((lesson, l) => {
      const at = `modules[${m}].lessons[${l}].id`;
      if (programmeLessons.has(lesson.id) || moduleIds.has(lesson.id)) {
        problems.push({ file, field: at, message: `duplicate id "${lesson.id}"`, hint: 'each lesson appears once in the programme' });
      } else programmeLessons.set(lesson.id, { module: mod.id, field: at });
    });
  });

  // Objective ids: unique, prefixed by their module's number (`m3-…` in `m3-factures-emises`), and distinct
  // from every module and lesson id (they are tracking keys too).
  const objectiveIds = new Set<string>();
  course.modules.forEach((mod, m) => {
    const prefix = /^m\d+-/.exec(mod.id)?.[0];
    mod.objectives.forEach((objective, o) => {
      const at = `modules[${m}].objectives[${o}].id`;
      if (objective.id === '') return; // reported by the schema
      if (objectiveIds.has(objective.id)) problems.push({ file, field: at, message: `duplicate objective id "${objective.id}"` });
      else if (moduleIds.has(objective.id) || programmeLessons.has(objective.id)) {
        problems.push({ file, field: at, message: `objective id "${objective.id}" is also a module or lesson id`, hint: 'give the objective an id of its own' });
      }
      if (prefix !== undefined && !objective.id.startsWith(prefix)) {
        problems.push({ file, field: at, message: `objective id "${objective.id}" does not start with "${prefix}" (its module is "${mod.id}")`, hint: `prefix it with ${prefix}` });
      }
      objectiveIds.add(objective.id);
    });
  });

  const total = course.modules.reduce((sum, mod) => sum + (mod.minutes ?? 0), 0);
  if (course.minutes !== undefined && total !== course.minutes) {
    problems.push({ file, field: 'minutes', message: `the course lasts ${course.minutes} min but its modules add up to ${total} min` });
  }

  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    const other = seen.get(lesson.id);
    if (other) {
      problems.push({ file: lesson.file, field: 'frontmatter.id', message: `duplicate lesson id "${lesson.id}", also in ${other}` });
      continue;
    }
    seen.set(lesson.id, lesson.file);
  }
  // A lesson file exists for an entry when a file of that name exists, even if its frontmatter is broken
  // (that problem is reported on its own): no misleading "no lesson file" on top of it.
  const present = new Map(rawLessons.map((raw) => [raw.name, raw]));
  for (const raw of rawLessons) {
    const entry = programmeLessons.get(raw.name);
    if (!entry) {
      problems.push({
        file: raw.file,
        field: '(file name)',
        message: `lesson "${raw.name}" is not in the programme`,
        hint: `add { id: ${raw.name}, minutes: … } to a module of ${file}, or prefix the file name with _ to keep it as a draft`,
      });
    } else if (entry.module !== raw.folder) {
      problems.push({
        file: raw.file,
        field: '(folder)',
        message: `lesson "${raw.name}" belongs to module "${entry.module}" in the programme but sits in folder "${raw.folder}"`,
        hint: `move it to content/lessons/${entry.module}/`,
      });
    }
  }
  for (const [id, entry] of programmeLessons) {
    if (!present.has(id)) {
      problems.push({ file, field: entry.field, message: `programme entry "${id}" has no lesson file`, hint: `create content/lessons/${entry.module}/${id}.mdx` });
    }
  }

  const tracked = [...moduleIds, ...programmeLessons.keys(), ...lessons.flatMap((lesson) => lesson.activities)];
  for (const [a, b] of keyCollisions(tracked)) {
    problems.push({ file, field: '(ids)', message: `ids "${a}" and "${b}" share a saved-progress key`, hint: 'rename one of them before publishing' });
  }
  return problems;
}
