import { z } from 'zod';
import { idSchema } from './ids';

/** One lesson entry of the programme (`content/course.yaml` → modules[].lessons[]). */
export const programmeLessonSchema = z.strictObject({
  /** Stable id; the lesson file is `content/lessons/<module id>/<id>.mdx`. */
  id: idSchema,
  /** Nominal duration in minutes, used for the plan, the progress bar and the time left. */
  minutes: z.number().int().positive(),
  /**
   * An optional lesson (an annex): open to every learner, outside the day's duration, never required for
   * completion. Module and course minutes count only the other lessons.
   */
  optional: z.boolean().optional(),
});

/**
 * One objective of a module: what the learner can do at its end. The id is a stable tracking key (questions
 * name it in `objectives:`, results and the LMS report by it): `[a-z0-9-]`, prefixed by the module number
 * (`m3-cadre`), never renamed once published; the text may be reworded.
 */
export const objectiveSchema = z.strictObject({
  /** Stable id, e.g. `m3-cadre`. */
  id: z.string().regex(/^m\d+-[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be the module number then lowercase words joined by "-", e.g. m3-cadre' }),
  /** One verb-first sentence, in French. */
  text: z.string().trim().min(3),
});

/** One module of the programme. */
export const moduleSchema = z.strictObject({
  /** Stable id; also the folder of its lessons under `content/lessons/`. */
  id: idSchema,
  /** Number shown before the title (« Module 1 »); absent for the welcome and the final evaluation. */
  number: z.number().int().positive().optional(),
  /** Title in French, sentence case. */
  title: z.string().min(3),
  /** Nominal duration in minutes; must equal the sum of its lessons' minutes (optional lessons aside). */
  minutes: z.number().int().positive(),
  /** What the learner can do at the end of the module, one verb-first sentence each. */
  objectives: z.array(objectiveSchema).min(1),
  /** Ordered lessons. */
  lessons: z.array(programmeLessonSchema).min(1),
});

/** The programme: `content/course.yaml`. */
export const courseSchema = z.strictObject({
  /** Stable id of the course (used as the SCORM identifier). */
  id: idSchema,
  /** Course title. */
  title: z.string().min(3),
  /** One-line promise shown under the title. */
  subtitle: z.string().min(3),
  /** What the course is, in a short paragraph. */
  description: z.string().min(10),
  /** Who the course is for, one line each. */
  audience: z.array(z.string().min(3)).min(1),
  /** What to know or have beforehand. */
  prerequisites: z.string().min(3),
  /** Nominal duration of the whole course in minutes (a one-day training: 420). */
  minutes: z.number().int().positive(),
  /** Final-test pass mark in percent. Default 80. */
  masteryScore: z.number().int().min(0).max(100).default(80),
  /** Number of final-test attempts. Default 3. */
  attempts: z.number().int().min(1).max(10).default(3),
  /** Ordered modules. */
  modules: z.array(moduleSchema).min(1),
});

export type Course = z.infer<typeof courseSchema>;
export type CourseModule = z.infer<typeof moduleSchema>;
export type CourseObjective = z.infer<typeof objectiveSchema>;

/** A « Pour aller plus loin » link. */
export const sourceSchema = z.strictObject({
  /** Link text. */
  title: z.string().min(3),
  /** A public https address. */
  url: z.url({ protocol: /^https$/ }),
});

/** Frontmatter of a lesson file (`content/lessons/<module>/<lesson>.mdx`). */
export const lessonFrontmatterSchema = z.strictObject({
  /** Stable id: the file name without extension, and an entry of the programme. */
  id: idSchema,
  /** Title in French, sentence case. */
  title: z.string().min(3),
  /** One sentence shown in the plan and used as the page description. */
  description: z.string().min(10),
  /** `ready`: finished lesson; `draft`: shown « en préparation ». Default `draft`. */
  status: z.enum(['ready', 'draft']).default('draft'),
  /**
   * Ids of the activities (simulations, quizzes) that complete the lesson. With none, the lesson is completed
   * by reaching its end or by « J'ai terminé cette leçon ». Default none.
   */
  activities: z.array(idSchema).default([]),
  /** « Pour aller plus loin »: public links. At least one for a ready lesson. Default none. */
  sources: z.array(sourceSchema).default([]),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** One entry of `content/glossary.yaml`. */
export const glossaryEntrySchema = z.strictObject({
  /** Stable id, used by `<Terme id="…">` and as the anchor on the glossary page. */
  id: idSchema,
  /** The word or phrase as displayed. */
  term: z.string().min(2),
  /** One or two sentences, in our own words. */
  definition: z.string().min(10),
  /** Related entries. Default none. */
  see: z.array(idSchema).default([]),
});

/** The glossary file: a list of entries. */
export const glossarySchema = z.array(glossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
