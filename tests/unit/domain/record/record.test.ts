import { describe, expect, it } from 'vitest';
import { addLessonTime, LESSON_SECONDS_MAX, emptyRecord, endLesson, mergeRecords, setActivityResult, setLearnerName, setMastered, visitLesson } from '../../../../src/domain/record/record';

describe('learner record', () => {
  it('marks a lesson visited and makes it the place to resume', () => {
    const record = visitLesson(emptyRecord(), 'm1-espaces');
    expect(record.lessons['m1-espaces']).toEqual({ visited: true, ended: false, seconds: 0 });
    expect(record.location).toBe('m1-espaces');
  });

  it('returns the same object when nothing changes, so stores do not notify for nothing', () => {
    const once = visitLesson(emptyRecord(), 'a');
    expect(visitLesson(once, 'a')).toBe(once);
    expect(addLessonTime(once, 'a', 0)).toBe(once);
    expect(addLessonTime(once, 'a', Number.NaN)).toBe(once);
    expect(addLessonTime(once, 'a', -5)).toBe(once);
  });

  it('ends a lesson, which also counts as visited, without moving the resume point', () => {
    const record = endLesson(visitLesson(emptyRecord(), 'b'), 'a');
    expect(record.lessons['a']).toEqual({ visited: true, ended: true, seconds: 0 });
    expect(record.location).toBe('b');
  });

  it('counts at most LESSON_SECONDS_MAX seconds on a lesson', () => {
    const record = addLessonTime(addLessonTime(visitLesson(emptyRecord(), 'a'), 'a', 9_000), 'a', 5_000);
    expect(record.lessons['a']?.seconds).toBe(LESSON_SECONDS_MAX);
    expect(LESSON_SECONDS_MAX).toBe(9_999);
  });

  it('adds rounded seconds of time spent', () => {
    const record = addLessonTime(addLessonTime(emptyRecord(), 'a', 10.4), 'a', 20.6);
    expect(record.lessons['a']?.seconds).toBe(31);
  });

  it('keeps the best score and the done flag of an activity', () => {
    let record = setActivityResult(emptyRecord(), 'quiz', { done: true, score: 90, attempts: 1, data: 'x' });
    record = setActivityResult(record, 'quiz', { done: false, score: 40, attempts: 2 });
    expect(record.activities['quiz']).toEqual({ done: true, score: 90, attempts: 2, data: 'x' });
    record = setActivityResult(record, 'sim', { done: false });
    expect(record.activities['sim']).toEqual({ done: false });
  });

  it('marks and unmarks a module as already mastered', () => {
    const marked = setMastered(emptyRecord(), 'm1', true);
    expect(marked.mastered).toEqual(['m1']);
    expect(setMastered(marked, 'm1', true)).toBe(marked);
    expect(setMastered(marked, 'm1', false).mastered).toEqual([]);
  });

  it('stores a trimmed learner name and removes an empty one', () => {
    const named = setLearnerName(emptyRecord(), '  Camille Martin ');
    expect(named.learnerName).toBe('Camille Martin');
    expect('learnerName' in setLearnerName(named, '   ')).toBe(false);
  });

  it('never mutates the record it is given', () => {
    const before = emptyRecord();
    const frozen = Object.freeze({ ...before, lessons: Object.freeze({}), activities: Object.freeze({}) });
    expect(() => endLesson(setActivityResult(visitLesson(frozen, 'a'), 'q', { done: true }), 'a')).not.toThrow();
    expect(frozen.lessons).toEqual({});
  });
});

describe('merging two versions of a record (two tabs)', () => {
  it('keeps the progress of both', () => {
    const tabA = setActivityResult(endLesson(visitLesson(emptyRecord(), 'a'), 'a'), 'quiz', { done: true, score: 60 });
    const tabB = setActivityResult(addLessonTime(visitLesson(emptyRecord(), 'b'), 'b', 50), 'quiz', { done: false, score: 80 });
    const merged = mergeRecords(tabA, tabB);
    expect(merged.lessons).toEqual({
      a: { visited: true, ended: true, seconds: 0 },
      b: { visited: true, ended: false, seconds: 50 },
    });
    expect(merged.activities['quiz']).toEqual({ done: true, score: 80 });
    expect(merged.location).toBe('b');
  });

  it('takes the latest mastered modules and name, keeping the local name when the other has none', () => {
    const local = setLearnerName(setMastered(emptyRecord(), 'm1', true), 'Camille');
    const incoming = setMastered(emptyRecord(), 'm2', true);
    const merged = mergeRecords(local, incoming);
    expect(merged.mastered).toEqual(['m2']);
    expect(merged.learnerName).toBe('Camille');
    expect(mergeRecords(emptyRecord(), emptyRecord())).toEqual(emptyRecord());
  });
});
