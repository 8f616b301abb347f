/**
 * Moving through the deck. A position is a lesson and the index of a step in it (the synced state's
 * `lessonId` and `step`); every function returns a valid position, clamped to the deck's ends.
 */
import type { Deck, LessonDeck, Step } from './steps';

export interface Position {
  lessonId: string;
  step: number;
}

/** Number of steps in the whole deck. */
export function totalSteps(deck: Deck): number {
  return deck.reduce((sum, lesson) => sum + lesson.steps.length, 0);
}

function lessonIndex(deck: Deck, lessonId: string): number {
  return deck.findIndex((lesson) => lesson.id === lessonId);
}

/** The first position of the deck, or `null` for an empty deck. */
export function firstPosition(deck: Deck): Position | null {
  const lesson = deck.find((l) => l.steps.length > 0);
  return lesson ? { lessonId: lesson.id, step: 0 } : null;
}

/** Index of a position in the whole deck (0-based), or -1 when it is not in the deck. */
export function flatIndex(deck: Deck, position: Position): number {
  let index = 0;
  for (const lesson of deck) {
    if (lesson.id === position.lessonId) {
      return position.step >= 0 && position.step < lesson.steps.length ? index + position.step : -1;
    }
    index += lesson.steps.length;
  }
  return -1;
}

/** The position at an index of the whole deck, clamped to its ends; `null` for an empty deck. */
export function positionAt(deck: Deck, index: number): Position | null {
  const total = totalSteps(deck);
  if (total === 0) return null;
  let rest = Math.min(Math.max(0, Math.trunc(index)), total - 1);
  for (const lesson of deck) {
    if (rest < lesson.steps.length) return { lessonId: lesson.id, step: rest };
    rest -= lesson.steps.length;
  }
  /* c8 ignore next */
  return null;
}

/** A valid position for any input: an unknown lesson goes to the start, a step out of range is clamped. */
export function normalize(deck: Deck, position: Position): Position | null {
  const lesson = deck[lessonIndex(deck, position.lessonId)];
  if (!lesson || lesson.steps.length === 0) return firstPosition(deck);
  const step = Number.isFinite(position.step) ? Math.trunc(position.step) : 0;
  return { lessonId: lesson.id, step: Math.min(Math.max(0, step), lesson.steps.length - 1) };
}

/** The lesson and step at a position. */
export function locate(deck: Deck, position: Position): { lesson: LessonDeck; step: Step } | null {
  const lesson = deck[lessonIndex(deck, position.lessonId)];
  const step = lesson?.steps[position.step];
  return lesson && step ? { lesson, step } : null;
}

/** The next step, crossing into the next lesson; stays on the last step of the deck. */
export function next(deck: Deck, position: Position): Position | null {
  const index = flatIndex(deck, position);
  return index < 0 ? normalize(deck, position) : positionAt(deck, index + 1);
}

/** The previous step, crossing back into the previous lesson; stays on the first step of the deck. */
export function previous(deck: Deck, position: Position): Position | null {
  const index = flatIndex(deck, position);
  return index < 0 ? normalize(deck, position) : positionAt(deck, index - 1);
}

/**
 * « Recommencer »: during a démonstration, back to its first step (the simulation restarts from its starting
 * world); elsewhere, back to the first step of the lesson.
 */
export function restart(deck: Deck, position: Position): Position | null {
  const found = locate(deck, position);
  if (!found) return normalize(deck, position);
  const { lesson, step } = found;
  if (step.kind === 'demo' && step.scenarioStep !== undefined) {
    return { lessonId: lesson.id, step: Math.max(0, position.step - step.scenarioStep) };
  }
  return { lessonId: lesson.id, step: 0 };
}

/** The step after the current one, for the presenter's « next » pane (`null` at the end). */
export function peekNext(deck: Deck, position: Position): { lesson: LessonDeck; step: Step } | null {
  const index = flatIndex(deck, position);
  if (index < 0 || index + 1 >= totalSteps(deck)) return null;
  const at = positionAt(deck, index + 1);
  return at ? locate(deck, at) : null;
}
