/**
 * Times that are true: an answer given before a reload or a resume is restored without its time (times are
 * not saved), and reaches the LMS without a time or a latency rather than with invented ones.
 */
import { describe, expect, it } from 'vitest';
import { answer, startAttempt, submit } from '../../../src/domain/quiz/attempt';
import { restoreInProgress } from '../../../src/domain/quiz/restore';
import { saveInProgress } from '../../../src/domain/quiz/save';
import { interactionEntry, interactionValues12, interactionValues2004 } from '../../../src/lms/interactions';
import { bankOf } from '../domain/quiz/questions';

describe('answers restored after a resume', () => {
  const bank = bankOf({ m1: 2, m2: 2 });
  const started = startAttempt(bank, { bank: 'b', number: 1, seed: 7, startedAt: '2026-05-04T10:00:00.000Z', count: 4 });
  if (!started.ok) throw new Error('draw refused');
  const [first, ...rest] = started.value.questionIds;
  const before = answer(started.value, first!, true, { answeredAt: '2026-05-04T10:01:00.000Z', latencyMs: 60_000 });
  if (!before.ok) throw new Error('answer refused');
  const saved = saveInProgress(before.value, before.value.questionIds.map((id) => bank.find((q) => q.id === id)!));
  const restored = restoreInProgress(bank, saved, { count: 4, bank: 'b' })!;
  // After the resume, the other answers are given in this session: their times are known.
  let attempt = restored;
  for (const id of rest) {
    const next = answer(attempt, id, false, { answeredAt: '2026-05-06T08:00:05.000Z', latencyMs: 5000 });
    if (!next.ok) throw new Error('answer refused');
    attempt = next.value;
  }
  const submitted = submit(attempt, bank, { submittedAt: '2026-05-06T08:01:00.000Z', masteryScore: 80 });
  if (!submitted.ok) throw new Error('submit refused');
  const byId = Object.fromEntries(submitted.value.interactions.map((r) => [r.id, r]));

  it('keeps no invented time in the interaction record', () => {
    expect(byId[first!]).not.toHaveProperty('timestamp');
    expect(byId[first!]).not.toHaveProperty('latencyMs');
    expect(byId[rest[0]!]).toMatchObject({ timestamp: '2026-05-06T08:00:05.000Z', latencyMs: 5000 });
  });

  it('sends no time and no latency for it, in either version, and the real ones for the others', () => {
    const elements = (values: { element: string }[]) => values.map((v) => v.element.replace(/^cmi\.interactions\.0\./, ''));
    expect(elements(interactionValues12(0, interactionEntry(byId[first!]!)))).not.toEqual(expect.arrayContaining(['time']));
    expect(elements(interactionValues12(0, interactionEntry(byId[first!]!)))).not.toContain('latency');
    expect(elements(interactionValues2004(0, interactionEntry(byId[first!]!)))).not.toContain('timestamp');
    expect(elements(interactionValues2004(0, interactionEntry(byId[first!]!)))).not.toContain('latency');
    const other = Object.fromEntries(interactionValues2004(0, interactionEntry(byId[rest[0]!]!)).map((v) => [v.element, v.value]));
    expect(other['cmi.interactions.0.timestamp']).toBe('2026-05-06T08:00:05.00Z');
    expect(other['cmi.interactions.0.latency']).toBe('PT5S');
  });
});
