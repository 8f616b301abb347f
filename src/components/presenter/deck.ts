/**
 * Build-time: turns the trainer page's rendered lessons into the deck (steps per lesson, shipped to the
 * islands) and the HTML of each section and notes block (rendered by the page).
 */
import { lessonSteps, splitLessons, type LessonDeck, type SplitLesson } from '../../domain/presenter/steps';
import { frenchSpacing } from '../../domain/text/typography';
import { moduleLabel, orderedLessons } from '../../site/course';
import { catalog } from './catalog';

export interface BuiltDeck {
  deck: LessonDeck[];
  /** Split lessons by id (sections and notes HTML). */
  split: Map<string, SplitLesson>;
}

/** The lessons to render, in programme order. */
export function deckLessonIds(): string[] {
  return orderedLessons().map((l) => l.id);
}

/** Builds the deck from the HTML of every <LessonSource> of the page. */
export function buildDeck(renderedLessons: string): BuiltDeck {
  const split = new Map(splitLessons(renderedLessons).map((lesson) => [lesson.id, lesson]));
  const deck: LessonDeck[] = orderedLessons().map((lesson) => {
    const parts = split.get(lesson.id);
    if (!parts) throw new Error(`trainer pages: lesson ${lesson.id} was not rendered`);
    return {
      id: lesson.id,
      title: frenchSpacing(lesson.title),
      moduleId: lesson.moduleData.id,
      moduleTitle: frenchSpacing(moduleLabel(lesson.moduleData)),
      minutes: lesson.minutes,
      ...(lesson.optional ? { optional: true } : {}),
      // Titles shown by the islands get the French spacing the rendered text already has.
      steps: lessonSteps(parts, lesson.title, catalog).map((step) => ({ ...step, title: frenchSpacing(step.title) })),
    };
  });
  return { deck, split };
}

