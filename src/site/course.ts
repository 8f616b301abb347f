/**
 * Build-time access to the checked content, and the site's routes. Used by pages and components only
 * (it reads the disk); the browser gets the compact `Plan` instead.
 */
import { loadContent } from '../schemas/load-content';
import type { CheckedContent } from '../schemas/check-content';
import type { Plan } from '../domain/course/plan';

let cached: CheckedContent | undefined;

/** The checked programme, lessons and glossary (read once per build). */
export function content(): CheckedContent {
  cached ??= loadContent(process.cwd());
  return cached;
}

export function course() {
  return content().course;
}

/** Lessons in programme order, with their module and frontmatter. */
export function orderedLessons() {
  const { course, lessons } = content();
  const byId = new Map(lessons.map((l) => [l.id, l]));
  return course.modules.flatMap((mod, moduleIndex) =>
    mod.lessons.map((entry, index) => {
      const lesson = byId.get(entry.id);
      if (!lesson) throw new Error(`lesson ${entry.id} missing after the content check`);
      return { ...lesson, minutes: entry.minutes, optional: entry.optional === true, moduleData: mod, moduleIndex, indexInModule: index };
    }),
  );
}

/** Each module of the programme with its lessons, in programme order (the trainer kit's tables). */
export function lessonsByModule() {
  const lessons = orderedLessons();
  return course().modules.map((mod) => ({ mod, lessons: lessons.filter((l) => l.moduleData.id === mod.id) }));
}

/** The compact programme shipped to the browser for progress, time left and resume. */
export function plan(): Plan {
  return {
    modules: course().modules.map((m) => ({ id: m.id, lessons: m.lessons.map((l) => l.id) })),
    lessons: orderedLessons().map((l) => ({ id: l.id, module: l.module, minutes: l.minutes, activities: l.activities, ...(l.optional ? { optional: true } : {}) })),
  };
}

/** « Module 1 · Obligations… » or the title alone for unnumbered modules. */
export function moduleLabel(mod: { number?: number | undefined; title: string }): string {
  return mod.number ? `Module ${mod.number} · ${mod.title}` : mod.title;
}

/**
 * Routes, written from the site root; a post-build step rewrites them relative to each page, so the site
 * works under any path (see astro.config.mjs).
 */
export const routes = {
  home: '/index.html',
  plan: '/plan.html',
  glossary: '/glossaire.html',
  results: '/resultats.html',
  attestation: '/attestation.html',
  accessibility: '/accessibilite.html',
  legal: '/mentions-legales.html',
  privacy: '/donnees-personnelles.html',
  term: (id: string) => `/glossaire.html#${id}`,
  module: (id: string) => `/modules/${id}.html`,
  lesson: (id: string) => `/lecons/${id}.html`,
};
