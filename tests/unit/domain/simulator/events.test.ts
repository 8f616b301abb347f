import { describe, expect, expectTypeOf, it } from 'vitest';
import { EVENT_TYPES, type EventType } from '../../../../src/domain/simulator/events';

describe('events', () => {
  it('lists every event type once', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    // Exhaustive both ways: the list and the union name the same types.
    expectTypeOf<(typeof EVENT_TYPES)[number]>().toEqualTypeOf<EventType>();
  });
});
