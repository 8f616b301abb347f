/**
 * The build-time check of the whole content: the programme, the lesson files, the glossary, the question
 * banks, the scenarios and the cast, validated together so that an author sees every problem in one pass.
 * The file shapes read from disk are declared here; the cross-checks live in check-programme.ts,
 * check-references.ts and cast.ts.
 */
import { courseSchema, glossarySchema, lessonFrontmatterSchema, type Course, type GlossaryEntry, type LessonFrontmatter } from './course';
import { validateQuizBanks, type QuizBank } from './quiz';
import { measureQuizzes, quizQualityProblems, type QuizMeasures } from './quiz-quality';
import { validateScenarios, type Scenario } from './scenario';
import { checkCast } from './cast';
import { checkActivities, checkGlossary, checkTermReferences } from './check-references';
import { checkProgramme, looseProgramme } from './check-programme';
import { zodProblems, type ContentProblem } from './problems';

export type { ContentProblem } from './problems';

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
