import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonFrontmatterSchema } from './schemas/course';

/**
 * Lessons: `content/lessons/<module>/<lesson>.mdx`; files starting with `_` are drafts and skipped.
 * The entry id is the frontmatter id (checked against the file name and the programme at build start).
 */
const lessons = defineCollection({
  loader: glob({
    base: './content/lessons',
    pattern: '**/[^_]*.{md,mdx}',
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
  }),
  schema: lessonFrontmatterSchema,
});

export const collections = { lessons };
