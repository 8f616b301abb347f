import { describe, expect, it } from 'vitest';
import {
  formatMinutes,
  isLessonComplete,
  lessonStatus,
  moduleStatus,
  neighbours,
  nextToDo,
  progress,
  resumeLesson,
  trackedIds,
  type Plan,
} from '../../../../src/domain/course/plan';
import { emptyRecord, endLesson, setActivityResult, setMastered, visitLesson } from '../../../../src/domain/record/record';

const plan: Plan = {
  modules: [
    { id: 'm1', lessons: ['a', 'b'] },
    { id: 'm2', lessons: ['c'] },
  ],
  lessons: [
    { id: 'a', module: 'm1', minutes: 10, activities: [] },
    { id: 'b', module: 'm1', minutes: 20, activities: ['quiz-b', 'sim-b'] },
    { id: 'c', module: 'm2', minutes: 30, activities: [] },
  ],
};
const [a, b, c] = plan.lessons as [Plan['lessons'][0], Plan['lessons'][0], Plan['lessons'][0]];

describe('lesson completion', () => {
  it('completes a lesson without activities when its end is reached', () => {
    expect(isLessonComplete(visitLesson(emptyRecord(), 'a'), a)).toBe(false);
    expect(isLessonComplete(endLesson(emptyRecord(), 'a'), a)).toBe(true);
  });

  it('completes a lesson with activities only when every activity is done, whatever the scroll', () => {
    let record = endLesson(emptyRecord(), 'b');
    expect(isLessonComplete(record, b)).toBe(false);
    record = setActivityResult(record, 'quiz-b', { done: true });
    expect(isLessonComplete(record, b)).toBe(false);
    record = setActivityResult(record, 'sim-b', { done: true });
    expect(isLessonComplete(record, b)).toBe(true);
  });

  it('gives each lesson a status for the plan', () => {
    let record = visitLesson(emptyRecord(), 'a');
    expect(lessonStatus(record, a)).toBe('started');
    expect(lessonStatus(record, c)).toBe('todo');
    record = setMastered(record, 'm2', true);
    expect(lessonStatus(record, c)).toBe('mastered');
    record = endLesson(record, 'c');
    expect(lessonStatus(record, c)).toBe('done');
  });
});

describe('progress', () => {
  it('weights progress by minutes and gives the time left', () => {
    const record = endLesson(emptyRecord(), 'a');
    expect(progress(record, plan)).toEqual({ lessonsDone: 1, lessonsTotal: 3, minutesLeft: 50, percent: 16, complete: false });
  });

  it('leaves modules marked « déjà maîtrisé » out of what is required', () => {
    const record = setMastered(endLesson(endLesson(emptyRecord(), 'c'), 'a'), 'm1', true);
    expect(progress(record, plan)).toEqual({ lessonsDone: 1, lessonsTotal: 1, minutesLeft: 0, percent: 100, complete: true });
  });

  it('reaches 100 % only when everything is done', () => {
    let record = endLesson(endLesson(emptyRecord(), 'a'), 'c');
    expect(progress(record, plan).percent).toBe(66);
    record = setActivityResult(setActivityResult(record, 'quiz-b', { done: true }), 'sim-b', { done: true });
    expect(progress(record, plan)).toMatchObject({ percent: 100, complete: true, minutesLeft: 0 });
  });

  it('derives module statuses', () => {
    let record = emptyRecord();
    expect(moduleStatus(record, plan, 'm1')).toBe('todo');
    record = visitLesson(record, 'a');
    expect(moduleStatus(record, plan, 'm1')).toBe('started');
    record = setMastered(record, 'm2', true);
    expect(moduleStatus(record, plan, 'm2')).toBe('mastered');
    record = endLesson(record, 'c');
    expect(moduleStatus(record, plan, 'm2')).toBe('done');
  });
});

describe('navigation', () => {
  it('resumes at the last lesson opened, if it still exists', () => {
    expect(resumeLesson(emptyRecord(), plan)).toBeNull();
    expect(resumeLesson(visitLesson(emptyRecord(), 'b'), plan)).toBe('b');
    expect(resumeLesson(visitLesson(emptyRecord(), 'removed'), plan)).toBeNull();
  });

  it('finds the next lesson to do', () => {
    expect(nextToDo(emptyRecord(), plan)).toBe('a');
    expect(nextToDo(endLesson(emptyRecord(), 'a'), plan)).toBe('b');
    const all = setActivityResult(setActivityResult(endLesson(endLesson(emptyRecord(), 'a'), 'c'), 'quiz-b', { done: true }), 'sim-b', { done: true });
    expect(nextToDo(all, plan)).toBeNull();
  });

  it('gives previous and next lessons across modules', () => {
    expect(neighbours(plan, 'a')).toEqual({ previous: null, next: 'b' });
    expect(neighbours(plan, 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(plan, 'c')).toEqual({ previous: 'b', next: null });
    expect(neighbours(plan, 'x')).toEqual({ previous: null, next: null });
  });

  it('lists every tracked id', () => {
    expect(trackedIds(plan)).toEqual(['m1', 'm2', 'a', 'b', 'c', 'quiz-b', 'sim-b']);
  });
});

describe('durations', () => {
  it('formats minutes the French way with no-break spaces', () => {
    expect(formatMinutes(45)).toBe('45\u00a0min');
    expect(formatMinutes(60)).toBe('1\u00a0h');
    expect(formatMinutes(420)).toBe('7\u00a0h');
    expect(formatMinutes(65)).toBe('1\u00a0h\u00a005');
    expect(formatMinutes(-3)).toBe('0\u00a0min');
  });
});

describe('optional lessons (annexes)', () => {
  const withAnnex: Plan = {
    modules: [...plan.modules.slice(0, 1), { id: 'm2', lessons: ['c', 'annexe'] }],
    lessons: [...plan.lessons, { id: 'annexe', module: 'm2', minutes: 15, activities: [], optional: true }],
  };
  const annex = withAnnex.lessons[3]!;
  it('are never required: progress, completion, module status and the next lesson ignore them', () => {
    let record = emptyRecord();
    for (const id of ['a', 'c']) record = endLesson(record, id);
    record = setActivityResult(setActivityResult(record, 'quiz-b', { done: true }), 'sim-b', { done: true });
    const p = progress(record, withAnnex);
    expect(p).toMatchObject({ complete: true, lessonsDone: 3, lessonsTotal: 3, percent: 100, minutesLeft: 0 });
    expect(moduleStatus(record, withAnnex, 'm2')).toBe('done');
    expect(nextToDo(record, withAnnex)).toBeNull();
  });
  it('still show their own status, and are never « déjà maîtrisée » unless done', () => {
    expect(lessonStatus(emptyRecord(), annex)).toBe('todo');
    expect(lessonStatus(visitLesson(emptyRecord(), 'annexe'), annex)).toBe('started');
    expect(lessonStatus(endLesson(emptyRecord(), 'annexe'), annex)).toBe('done');
  });
});
