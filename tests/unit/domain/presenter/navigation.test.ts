import { describe, expect, it } from 'vitest';
import {
  firstPosition,
  flatIndex,
  locate,
  next,
  normalize,
  peekNext,
  positionAt,
  previous,
  restart,
  totalSteps,
} from '../../../../src/domain/presenter/navigation';
import type { LessonDeck, Step } from '../../../../src/domain/presenter/steps';

const step = (key: string, extra: Partial<Step> = {}): Step => ({ key, kind: 'section', title: key, section: 0, revealable: false, ...extra });
const lesson = (id: string, steps: Step[]): LessonDeck => ({ id, title: id, moduleId: 'm', moduleTitle: 'M', minutes: 10, steps });
const deck = [
  lesson('a', [step('a0'), step('a1')]),
  lesson('empty', []),
  lesson('b', [step('b0'), step('b1', { kind: 'demo', scenarioId: 's', scenarioStep: 0 }), step('b2', { kind: 'demo', scenarioId: 's', scenarioStep: 1 }), step('b3', { kind: 'demo', scenarioId: 's', scenarioStep: 2 })]),
];

describe('moving through the deck', () => {
  it('counts and indexes every step', () => {
    expect(totalSteps(deck)).toBe(6);
    expect(flatIndex(deck, { lessonId: 'b', step: 1 })).toBe(3);
    expect(flatIndex(deck, { lessonId: 'b', step: 9 })).toBe(-1);
    expect(flatIndex(deck, { lessonId: 'zz', step: 0 })).toBe(-1);
    expect(positionAt(deck, 2)).toEqual({ lessonId: 'b', step: 0 });
    expect(positionAt([], 0)).toBeNull();
  });

  it('crosses into the next lesson and back, skipping lessons without steps', () => {
    expect(next(deck, { lessonId: 'a', step: 1 })).toEqual({ lessonId: 'b', step: 0 });
    expect(previous(deck, { lessonId: 'b', step: 0 })).toEqual({ lessonId: 'a', step: 1 });
  });

  it('stays at the ends of the deck', () => {
    expect(previous(deck, { lessonId: 'a', step: 0 })).toEqual({ lessonId: 'a', step: 0 });
    expect(next(deck, { lessonId: 'b', step: 3 })).toEqual({ lessonId: 'b', step: 3 });
  });

  it('repairs positions that are not in the deck', () => {
    expect(normalize(deck, { lessonId: 'b', step: 42 })).toEqual({ lessonId: 'b', step: 3 });
    expect(normalize(deck, { lessonId: 'b', step: -3 })).toEqual({ lessonId: 'b', step: 0 });
    expect(normalize(deck, { lessonId: 'b', step: Number.NaN })).toEqual({ lessonId: 'b', step: 0 });
    expect(normalize(deck, { lessonId: 'nope', step: 1 })).toEqual({ lessonId: 'a', step: 0 });
    expect(next(deck, { lessonId: 'nope', step: 0 })).toEqual({ lessonId: 'a', step: 0 });
    expect(previous(deck, { lessonId: 'b', step: 99 })).toEqual({ lessonId: 'b', step: 3 });
    expect(firstPosition([])).toBeNull();
    expect(normalize([], { lessonId: 'a', step: 0 })).toBeNull();
  });

  it('restarts a démonstration at its first step, and anything else at the lesson start', () => {
    expect(restart(deck, { lessonId: 'b', step: 3 })).toEqual({ lessonId: 'b', step: 1 });
    expect(restart(deck, { lessonId: 'a', step: 1 })).toEqual({ lessonId: 'a', step: 0 });
    expect(restart(deck, { lessonId: 'zz', step: 1 })).toEqual({ lessonId: 'a', step: 0 });
  });

  it('peeks at the next step, across lessons, and at nothing after the last', () => {
    expect(peekNext(deck, { lessonId: 'a', step: 1 })?.step.key).toBe('b0');
    expect(peekNext(deck, { lessonId: 'b', step: 3 })).toBeNull();
    expect(peekNext(deck, { lessonId: 'zz', step: 0 })).toBeNull();
    expect(locate(deck, { lessonId: 'a', step: 5 })).toBeNull();
  });
});
