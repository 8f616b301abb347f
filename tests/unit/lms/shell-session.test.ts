import { beforeEach, describe, expect, it } from 'vitest';
import { encodeRecord } from '../../../src/domain/record/codec';
import { emptyRecord, endLesson, visitLesson } from '../../../src/domain/record/record';
import { Scorm12Adapter } from '../../../src/lms/scorm12';
import { Scorm2004Adapter } from '../../../src/lms/scorm2004';
import { BACKUP_PREFIX, COMMIT_INTERVAL_MS, ShellSession, UNREADABLE_NOTICE, exitFor, isCommitWorthy, withLmsFloor, type SaveStatus, type ShellConfig } from '../../../src/lms/shell/session';
import type { ProgressReport } from '../../../src/lms/tracking-port';
import { MASTERY, allButFinal, plan } from '../../fixtures/lms/course';
import { RefusingLms } from '../../fixtures/lms/refusing-lms';

const config: ShellConfig = { plan, masteryScore: MASTERY, attempts: 3, finalTest: null };

/** A fake clock and timer queue: time moves only when the test says so. */
function fakeTime() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 1;
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      const id = next++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((t) => t.id !== id);
    },
    advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.run();
    },
    pending: () => timers.length,
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

function setup(version: '1.2' | '2004' = '2004') {
  const lms = new RefusingLms();
  const time = fakeTime();
  const storage = memoryStorage();
  const statuses: SaveStatus[] = [];
  const port = version === '1.2' ? new Scorm12Adapter(lms.scorm12()) : new Scorm2004Adapter(lms.scorm2004());
  const session = new ShellSession({ port, config, ...time, storage, onStatus: (s) => statuses.push(s) });
  return { lms, time, storage, statuses, session };
}

const count = (lms: RefusingLms, call: string) => lms.calls.filter((c) => c === call).length;
const sets = (lms: RefusingLms, element: string) => lms.calls.filter((c) => c.startsWith(`SetValue ${element}=`));

describe('ShellSession', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('initializes once, reads the resume state and opens the deep link, then the bookmark, then the home page', () => {
    t.lms.reads.set('cmi.location', { value: 'lecons/m1-b.html' });
    const opened = t.session.open('#glossaire.html');
    expect(opened.ok && opened.value.page).toBe('glossaire.html');
    expect(t.session.open('').ok).toBe(false);
    expect(count(t.lms, 'Initialize')).toBe(1);

    const other = setup();
    other.lms.reads.set('cmi.location', { value: 'lecons/m1-b.html' });
    const resumed = other.session.open('');
    expect(resumed.ok && resumed.value.page).toBe('lecons/m1-b.html');
  });

  it('starts from the LMS record, and from a clean record with the notice when suspend_data cannot be read', () => {
    const record = endLesson(emptyRecord(), 'm1-a');
    t.lms.reads.set('cmi.suspend_data', { value: encodeRecord(record) });
    const opened = t.session.open('');
    expect(opened.ok && opened.value.record).toBe(encodeRecord(record));
    expect(opened.ok && opened.value.notice).toBeNull();

    const broken = setup();
    broken.lms.reads.set('cmi.suspend_data', { value: '1.zzz.{"l":' });
    const clean = broken.session.open('');
    expect(clean.ok && clean.value.record).toBe(encodeRecord(emptyRecord()));
    expect(clean.ok && clean.value.notice).toBe(UNREADABLE_NOTICE);
  });

  it('keeps the completion and score the LMS held when its record could not be read', () => {
    t.lms.reads.set('cmi.suspend_data', { value: 'garbage' });
    t.lms.reads.set('cmi.completion_status', { value: 'completed' });
    t.lms.reads.set('cmi.success_status', { value: 'passed' });
    t.lms.reads.set('cmi.score.raw', { value: '90' });
    t.session.open('');
    t.session.receiveRecord(encodeRecord(visitLesson(emptyRecord(), 'm1-a')), true);
    expect(t.lms.values.get('cmi.completion_status')).toBe('completed');
    expect(t.lms.values.get('cmi.success_status')).toBe('passed');
    expect(t.lms.values.get('cmi.score.raw')).toBe('90');
  });

  it('commits after a lesson completion, never more than once a second, and not for time spent alone', () => {
    t.session.open('');
    t.session.receiveRecord(encodeRecord(visitLesson(emptyRecord(), 'm1-a')), false);
    expect(count(t.lms, 'Commit')).toBe(0);
    t.session.receiveRecord(encodeRecord(endLesson(visitLesson(emptyRecord(), 'm1-a'), 'm1-a')), false);
    expect(count(t.lms, 'Commit')).toBe(1);
    t.time.advance(200);
    t.session.receiveRecord(encodeRecord(endLesson(endLesson(emptyRecord(), 'm1-a'), 'm1-b')), false);
    expect(count(t.lms, 'Commit')).toBe(1);
    t.time.advance(COMMIT_INTERVAL_MS);
    expect(count(t.lms, 'Commit')).toBe(2);
    expect(t.lms.values.get('cmi.suspend_data')).toBe(encodeRecord(endLesson(endLesson(emptyRecord(), 'm1-a'), 'm1-b')));
  });

  it('writes the page bookmark and skips the commit when nothing changed since the last one', () => {
    t.session.open('');
    t.session.showPage('lecons/m1-a.html');
    t.session.requestCommit();
    expect(t.lms.values.get('cmi.location')).toBe('lecons/m1-a.html');
    expect(count(t.lms, 'Commit')).toBe(1);
    t.time.advance(5000);
    t.session.requestCommit();
    expect(count(t.lms, 'Commit')).toBe(1);
  });

  it('shows the failure, keeps a local backup and resends everything at the next commit when the LMS refuses', () => {
    t.session.open('');
    t.lms.refuse.set('commit', { code: '391' });
    const done = encodeRecord(endLesson(emptyRecord(), 'm1-a'));
    t.session.receiveRecord(done, false);
    expect(t.statuses).toEqual(['failed']);
    expect([...t.storage.items.values()]).toEqual([done]);

    t.lms.refuse.delete('commit');
    t.time.advance(2000);
    t.session.receiveRecord(encodeRecord(endLesson(endLesson(emptyRecord(), 'm1-a'), 'm1-b')), false);
    expect(t.statuses).toEqual(['failed', 'saved']);
    expect(sets(t.lms, 'cmi.suspend_data')).toHaveLength(2);
    expect(sets(t.lms, 'cmi.completion_status')).toHaveLength(2);
    expect(t.storage.items.size).toBe(0);
  });

  it('a refused value shows the failure too and is sent again', () => {
    t.session.open('');
    t.lms.refuse.set('cmi.suspend_data', { code: '351' });
    t.session.receiveRecord(encodeRecord(endLesson(emptyRecord(), 'm1-a')), false);
    expect(t.statuses).toEqual(['failed']);
    t.lms.refuse.delete('cmi.suspend_data');
    t.time.advance(2000);
    t.session.requestCommit();
    expect(t.statuses).toEqual(['failed', 'saved']);
    expect(t.lms.values.get('cmi.suspend_data')).toBe(encodeRecord(endLesson(emptyRecord(), 'm1-a')));
  });

  it('merges the backup a previous launch could not send', () => {
    t.storage.setItem(`${BACKUP_PREFIX}anonyme`, encodeRecord(endLesson(emptyRecord(), 'm1-b')));
    t.lms.reads.set('cmi.suspend_data', { value: encodeRecord(endLesson(emptyRecord(), 'm1-a')) });
    t.session.open('');
    expect(t.session.currentRecord.lessons['m1-a']?.ended).toBe(true);
    expect(t.session.currentRecord.lessons['m1-b']?.ended).toBe(true);
  });

  it('finishes once: session time and exit before Terminate, suspend while unfinished', () => {
    t.session.open('');
    t.time.advance(65_000);
    expect(t.session.finish().ok).toBe(true);
    expect(t.session.finish().ok).toBe(false);
    expect(count(t.lms, 'Terminate')).toBe(1);
    expect(t.lms.values.get('cmi.session_time')).toBe('PT1M5S');
    expect(t.lms.values.get('cmi.exit')).toBe('suspend');
    const last = t.lms.calls.slice(-3);
    expect(last).toEqual(['SetValue cmi.exit=suspend', 'Commit', 'Terminate']);
  });

  it('SCORM 1.2: writes a CMITimespan and leaves exit empty once finished', () => {
    const s = setup('1.2');
    s.session.open('');
    s.session.receiveRecord(encodeRecord(allButFinal()), false);
    s.time.advance(3_723_000);
    s.session.finish();
    expect(s.lms.values.get('cmi.core.session_time')).toBe('0001:02:03');
    expect(s.lms.values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(s.lms.values.get('cmi.core.exit')).toBe('suspend');
  });

  it('journals final-test interactions once per attempt, and ignores other quizzes', () => {
    const final: ShellConfig = { ...config, finalTest: { bank: { id: 'quiz-final', kind: 'final', questions: [] }, questions: { q1: { description: 'Vrai ou faux ?' } } } };
    const lms = new RefusingLms();
    const time = fakeTime();
    const session = new ShellSession({ port: new Scorm2004Adapter(lms.scorm2004()), config: final, ...time, storage: null, onStatus: () => {} });
    session.open('');
    const interaction = { id: 'q1', type: 'truefalse' as const, learnerResponse: true, correctResponse: true, result: 'correct' as const, latencyMs: 1500, timestamp: '2025-01-02T10:00:00.000Z', module: 'm1-notions', objective: 'o1' };
    const message = { channel: 'parcours-chorus-pro:lms' as const, type: 'final-test' as const, bank: 'quiz-final', attempt: 1, interactions: [interaction], modules: {} };
    session.receiveFinalTest(message);
    session.receiveFinalTest(message);
    session.receiveFinalTest({ ...message, bank: 'm1-check', attempt: 2 });
    expect(lms.values.get('cmi.interactions.0.id')).toBe('q1');
    expect(lms.values.get('cmi.interactions.0.description')).toBe('Vrai ou faux ?');
    expect(lms.values.has('cmi.interactions.1.id')).toBe(false);
  });
});

describe('isCommitWorthy', () => {
  it('is true for a completed lesson or a changed activity outcome, false for a visit or time', () => {
    const visited = visitLesson(emptyRecord(), 'm1-a');
    expect(isCommitWorthy(emptyRecord(), visited, plan)).toBe(false);
    expect(isCommitWorthy(visited, endLesson(visited, 'm1-a'), plan)).toBe(true);
    expect(isCommitWorthy(visited, { ...visited, activities: { 'sim-m2': { done: true, score: 100 } } }, plan)).toBe(true);
    expect(isCommitWorthy(visited, { ...visited, activities: {} }, plan)).toBe(false);
  });
});

describe('withLmsFloor and exitFor', () => {
  const report: ProgressReport = { completion: 'incomplete', success: 'unknown', score: null, progressMeasure: 0.2, attemptsLeft: false };
  it('never reports less than the LMS held', () => {
    const floored = withLmsFloor(report, { completion: 'completed', success: 'passed', score: { raw: 85 } });
    expect(floored).toMatchObject({ completion: 'completed', success: 'passed', progressMeasure: 1, score: { raw: 85, scaled: 0.85 } });
    expect(exitFor(floored)).toBe('normal');
  });
  it('leaves our report alone when the LMS held nothing', () => {
    expect(withLmsFloor(report, { completion: 'unknown', success: 'unknown', score: null })).toEqual(report);
    expect(exitFor(report)).toBe('suspend');
  });
});
