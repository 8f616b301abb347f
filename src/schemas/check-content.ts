import type { z } from 'zod';
import { courseSchema, glossarySchema, lessonFrontmatterSchema, type Course, type GlossaryEntry, type LessonFrontmatter } from './course';
import { keyCollisions } from '../domain/record/hash';
import { validateQuizBanks, type QuizBank } from './quiz';
import { measureQuizzes, quizQualityProblems, type QuizMeasures } from './quiz-quality';
import { validateScenarios, type Scenario } from './scenario';
import { checkCast } from './cast';

/** One problem found in the content, reported with the file and field it sits in. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  hint?: string;
}

/** A lesson file as read from disk, before validation. */
export interface RawLessonFile {
  /** Path relative to the project root, e.g. `content/lessons/m1-notions/m1-modes-acces.mdx`. */
  file: string;
  /** Folder name under `content/lessons/` (the module id it claims). */
  folder: string;
  /** File name without extension (must equal the frontmatter id). */
  name: string;
  /** Parsed frontmatter, or the YAML error message. */
  frontmatter: unknown;
  frontmatterError?: string;
  /** MDX body, scanned for glossary references. */
  body: string;
}

/** A data file (quiz bank, scenario) as read from disk. */
export interface RawDataFile {
  /** Path relative to the project root. */
  file: string;
  /** File name without extension. */
  name: string;
  data: unknown;
  error?: string;
}

export interface RawContent {
  /** Question banks: `content/quizzes/*.yaml`. */
  quizzes?: RawDataFile[];
  /** Simulation scenarios: `content/scenarios/*.yaml`. */
  scenarios?: RawDataFile[];
  courseFile: string;
  course: unknown;
  courseError?: string;
  glossaryFile: string;
  glossary: unknown;
  glossaryError?: string;
  /** The fictional cast (`content/cast.yaml`); when the field is absent, the cast is not checked. */
  castFile?: string;
  cast?: unknown;
  castError?: string;
  lessons: RawLessonFile[];
}

export interface CheckedContent {
  course: Course;
  glossary: GlossaryEntry[];
  lessons: Array<LessonFrontmatter & { file: string; module: string }>;
  quizzes: QuizBank[];
  /** Quality figures of the banks (objective coverage, surface cues, entry/final overlap), for the build log. */
  quizMeasures: QuizMeasures;
  scenarios: Scenario[];
}

function zodProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: prefix + (issue.path.length ? formatPath(issue.path) : '(root)'),
    message: issue.message,
  }));
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

const TERM_REF = /<Terme\s+id=["']([^"']+)["']/g;

/**
 * Validates the programme, the lesson files and the glossary together, and returns every problem at once
 * (an empty list when all is well), so an author fixes them in one pass.
 */
export function checkContent(raw: RawContent): { problems: ContentProblem[]; content?: CheckedContent } {
  const problems: ContentProblem[] = [];

  let course: Course | undefined;
  if (raw.courseError) problems.push({ file: raw.courseFile, field: '(file)', message: raw.courseError });
  else {
    const parsed = courseSchema.safeParse(raw.course);
    if (parsed.success) course = parsed.data;
    else problems.push(...zodProblems(raw.courseFile, parsed.error));
  }

  let glossary: GlossaryEntry[] | undefined;
  if (raw.glossaryError) problems.push({ file: raw.glossaryFile, field: '(file)', message: raw.glossaryError });
  else {
    const parsed = glossarySchema.safeParse(raw.glossary ?? []);
    if (parsed.success) glossary = parsed.data;
    else problems.push(...zodProblems(raw.glossaryFile, parsed.error));
  }

  const lessons: CheckedContent['lessons'] = [];
  for (const lesson of raw.lessons) {
    if (lesson.frontmatterError) {
      problems.push({ file: lesson.file, field: 'frontmatter', message: lesson.frontmatterError });
      continue;
    }
    const parsed = lessonFrontmatterSchema.safeParse(lesson.frontmatter ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(lesson.file, parsed.error, 'frontmatter.'));
      continue;
    }
    const data = parsed.data;
    if (data.id !== lesson.name) {
      problems.push({
        file: lesson.file,
        field: 'frontmatter.id',
        message: `id "${data.id}" differs from the file name "${lesson.name}"`,
        hint: `rename the file to ${data.id}.mdx or set id: ${lesson.name}`,
      });
    }
    if (data.status === 'ready' && data.sources.length === 0) {
      problems.push({
        file: lesson.file,
        field: 'frontmatter.sources',
        message: 'a ready lesson needs at least one « Pour aller plus loin » source',
      });
    }
    lessons.push({ ...data, file: lesson.file, module: lesson.folder });
  }

  const quizFiles = raw.quizzes ?? [];
  for (const q of quizFiles) if (q.error) problems.push({ file: q.file, field: '(file)', message: q.error });
  const programmeIds = course ?? looseProgramme(raw.course);
  const quizCheck = validateQuizBanks(
    quizFiles.filter((q) => !q.error),
    {
      moduleIds: programmeIds?.modules.map((m) => m.id) ?? [],
      lessonIds: programmeIds?.modules.flatMap((m) => m.lessons.map((l) => l.id)) ?? [],
      objectives: new Map(programmeIds?.modules.map((m) => [m.id, m.objectives.map((o) => o.id)]) ?? []),
    },
  );
  problems.push(...quizCheck.problems.map((p) => ({ file: p.file, field: p.path, message: p.message, ...(p.hint ? { hint: p.hint } : {}) })));
  // Quality limits, measured on the banks that parsed against the parsed programme.
  const quizMeasures = course ? measureQuizzes(quizCheck.files, course) : undefined;
  if (quizMeasures) problems.push(...quizQualityProblems(quizMeasures, quizCheck.files));
  const scenarioFiles = raw.scenarios ?? [];
  for (const s of scenarioFiles) if (s.error) problems.push({ file: s.file, field: '(file)', message: s.error });
  const scenarioCheck = validateScenarios(
    scenarioFiles.filter((s) => !s.error),
    { modules: programmeIds?.modules ?? [] },
  );
  problems.push(...scenarioCheck.problems.map((p) => ({ file: p.file, field: p.path, message: p.message, ...(p.hint ? { hint: p.hint } : {}) })));
  problems.push(
    ...checkActivities(raw.lessons, lessons, new Set(quizFiles.map((q) => q.name)), new Set(scenarioFiles.map((s) => s.name))),
  );

  if (raw.castFile) {
    problems.push(...checkCast({ castFile: raw.castFile, cast: raw.cast, castError: raw.castError, lessons: raw.lessons, quizzes: quizFiles, scenarios: scenarioFiles }));
  }
  if (glossary) problems.push(...checkGlossary(raw.glossaryFile, glossary));
  if (glossary) problems.push(...checkTermReferences(raw.lessons, glossary));
  const programme = course ?? looseProgramme(raw.course);
  if (programme) problems.push(...checkProgramme(raw.courseFile, programme, raw.lessons, lessons));

  if (problems.length > 0 || !course || !glossary || !quizMeasures) return { problems };
  return { problems, content: { course, glossary, lessons, quizzes: quizCheck.banks, quizMeasures, scenarios: scenarioCheck.scenarios } };
}

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
function checkActivities(raw: RawLessonFile[], lessons: CheckedContent['lessons'], banks: Set<string>, scenarios: Set<string>): ContentProblem[] {
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
      if (!(SIMULATION_MODES as readonly string[]).includes(mode ?? '')) {
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

function checkGlossary(file: string, glossary: GlossaryEntry[]): ContentProblem[] {
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

function checkTermReferences(lessons: RawLessonFile[], glossary: GlossaryEntry[]): ContentProblem[] {
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
function looseProgramme(raw: unknown): ProgrammeShape | undefined {
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

function checkProgramme(
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

/** One message listing every problem, for the build log. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file} › ${p.field}: ${p.message}${p.hint ? `\n      hint: ${p.hint}` : ''}`);
  return `Content check failed with ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${lines.join('\n')}`;
}
