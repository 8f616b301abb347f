import { describe, expect, it } from 'vitest';
import { attestationNumber, attestationStatus, normaliseNumber, verifyNumber, type CompletionRule } from '../../../../src/domain/attestation/attestation';
import type { Plan } from '../../../../src/domain/course/plan';
import { emptyRecord, endLesson, addLessonTime, setActivityResult } from '../../../../src/domain/record/record';

const plan: Plan = {
  modules: [
    { id: 'm1', lessons: ['l1', 'l2'] },
    { id: 'm8', lessons: ['final', 'attestation'] },
  ],
  lessons: [
    { id: 'l1', module: 'm1', minutes: 10, activities: [] },
    { id: 'l2', module: 'm1', minutes: 10, activities: ['sim-1'] },
    { id: 'annexe', module: 'm1', minutes: 5, activities: [], optional: true },
    { id: 'final', module: 'm8', minutes: 30, activities: ['quiz-final'] },
    { id: 'attestation', module: 'm8', minutes: 5, activities: [] },
  ],
};
const rule: CompletionRule = { allRequiredLessons: true, minimumMinutes: 0 };
const pass = { date: '2026-12-03', score: 85, attempt: 2 };
const closing = ['final', 'attestation'];

describe('attestationStatus', () => {
  it('refuses before the rule holds and says exactly what is missing', () => {
    const status = attestationStatus(emptyRecord(), plan, null, { allRequiredLessons: true, minimumMinutes: 120 }, closing);
    expect(status.granted).toBe(false);
    expect(status.missing).toEqual([{ kind: 'lessons', lessons: ['l1', 'l2'] }, { kind: 'final' }, { kind: 'time', spentMinutes: 0, requiredMinutes: 120 }]);
  });

  it('a passed final test alone is not enough when every required lesson is asked for', () => {
    const record = endLesson(emptyRecord(), 'l1');
    expect(attestationStatus(record, plan, pass, rule, closing).missing).toEqual([{ kind: 'lessons', lessons: ['l2'] }]);
  });

  it('grants once every required lesson is done and the final test passed; optional and mastered lessons are not asked', () => {
    let record = endLesson(emptyRecord(), 'l1');
    record = setActivityResult(record, 'sim-1', { done: true });
    expect(attestationStatus(record, plan, pass, rule, closing)).toEqual({ granted: true, missing: [], spentMinutes: 0 });
    const mastered = { ...emptyRecord(), mastered: ['m1'] };
    expect(attestationStatus(mastered, plan, pass, rule, closing).granted).toBe(true);
  });

  it('counts the time spent against the minimum', () => {
    const record = addLessonTime(addLessonTime(emptyRecord(), 'l1', 50 * 60), 'l2', 20 * 60 + 59);
    expect(attestationStatus(record, plan, pass, { allRequiredLessons: false, minimumMinutes: 71 }, closing).missing).toEqual([
      { kind: 'time', spentMinutes: 70, requiredMinutes: 71 },
    ]);
    expect(attestationStatus(record, plan, pass, { allRequiredLessons: false, minimumMinutes: 70 }, closing).granted).toBe(true);
  });
});

describe('attestationNumber', () => {
  const source = { courseId: 'parcours-chorus-pro', learnerName: 'Jeanne Dupré', pass };
  it('is stable for a record and reads as date plus two groups', () => {
    expect(attestationNumber(source)).toMatch(/^PCP-20261203-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(attestationNumber(source)).toBe(attestationNumber({ ...source, learnerName: ' jeanne  DUPRE ' }));
  });
  it('differs for another learner, attempt or score', () => {
    const numbers = new Set([
      attestationNumber(source),
      attestationNumber({ ...source, learnerName: 'Jean Dupré' }),
      attestationNumber({ ...source, pass: { ...pass, attempt: 3 } }),
      attestationNumber({ ...source, pass: { ...pass, score: 90 } }),
      attestationNumber({ ...source, courseId: 'autre-parcours' }),
    ]);
    expect(numbers.size).toBe(5);
  });
  it('verifies a number as typed (spaces, case, O for 0) and refuses another one', () => {
    const number = attestationNumber(source);
    expect(verifyNumber(` ${number.toLowerCase().replace(/0/g, 'o')} `, source)).toBe(true);
    expect(verifyNumber(number.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), source)).toBe(false);
    expect(verifyNumber(number, null)).toBe(false);
    expect(normaliseNumber('pcp-2026 1203')).toBe('PCP-20261203');
  });
});
