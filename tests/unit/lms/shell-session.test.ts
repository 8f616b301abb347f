import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeRecord } from '../../../src/domain/record/codec';
import { emptyRecord, endLesson, setActivityResult, visitLesson, type LearnerRecord } from '../../../src/domain/record/record';
import { Scorm12Adapter } from '../../../src/lms/scorm12';
import { Scorm2004Adapter } from '../../../src/lms/scorm2004';
import { BACKUP_PREFIX } from '../../../src/lms/shell/backup';
import { exitFor, isCommitWorthy, withLmsFloor } from '../../../src/lms/shell/progress';
import { COMMIT_INTERVAL_MS, ShellSession, UNREADABLE_NOTICE } from '../../../src/lms/shell/session';
import type { SaveStatus, ShellConfig } from '../../../src/lms/shell/types';
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

  it('finishes with the page record read at the last moment, and keeps its own when that one is unreadable', () => {
    t.session.open('');
    t.session.receiveRecord(encodeRecord(visitLesson(emptyRecord(), 'm1-a')), false);
    expect(t.session.finish(encodeRecord(endLesson(emptyRecord(), 'm1-a'))).ok).toBe(true);
    expect(t.lms.values.get('cmi.suspend_data')).toBe(encodeRecord(endLesson(emptyRecord(), 'm1-a')));
    expect(t.lms.values.get('cmi.completion_status')).toBe('incomplete');

    const s = setup();
    s.session.open('');
    s.session.receiveRecord(encodeRecord(visitLesson(emptyRecord(), 'm1-a')), false);
    s.session.finish('1.x.{broken');
    expect(s.lms.values.get('cmi.suspend_data')).toBe(encodeRecord(visitLesson(emptyRecord(), 'm1-a')));
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
    const interaction = { id: 'q1', type: 'truefalse' as const, learnerResponse: true, correctResponse: true, result: 'correct' as const, latencyMs: 1500, timestamp: '2025-01-02T10:00:00.000Z', module: 'm1-notions', objectives: ['m1-o1'] };
    const message = { channel: 'parcours-chorus-pro:lms' as const, type: 'final-test' as const, bank: 'quiz-final', attempt: 1, interactions: [interaction] };
    session.receiveFinalTest(message);
    session.receiveFinalTest(message);
    session.receiveFinalTest({ ...message, bank: 'm1-check', attempt: 2 });
    expect(lms.values.get('cmi.interactions.0.id')).toBe('q1');
    expect(lms.values.get('cmi.interactions.0.description')).toBe('Vrai ou faux ?');
    expect(lms.values.has('cmi.interactions.1.id')).toBe(false);
  });
});

describe('ShellSession, when the LMS refuses a value or the link fails', () => {
  const final: ShellConfig = {
    ...config,
    finalTest: { bank: { id: 'quiz-final', kind: 'final', questions: [] }, questions: { q2: { description: 'Deuxième question : vrai ou faux ?' } } },
    exercises: { 'sim-m2': { module: 'm2-compte', title: 'Activer un espace' } },
  };
  const question = (id: string) => ({ id, type: 'truefalse' as const, learnerResponse: true, correctResponse: true, result: 'correct' as const, latencyMs: 900, timestamp: '2025-01-02T10:00:00.000Z', module: 'm1-notions', objectives: ['o1'] });
  const submitted = (ids: string[]) => ({ channel: 'parcours-chorus-pro:lms' as const, type: 'final-test' as const, bank: 'quiz-final', attempt: 1, interactions: ids.map(question) });

  function refusing(version: '1.2' | '2004' = '2004') {
    const lms = new RefusingLms();
    const time = fakeTime();
    const statuses: SaveStatus[] = [];
    const port = version === '1.2' ? new Scorm12Adapter(lms.scorm12()) : new Scorm2004Adapter(lms.scorm2004());
    const session = new ShellSession({ port, config: final, ...time, storage: memoryStorage(), onStatus: (s) => statuses.push(s) });
    lms.reads.set('cmi.interactions._count', { value: '0', code: '0' });
    session.open('');
    return { lms, time, statuses, session };
  }

  it('leaves out a value refused with 406, logs it once, sends every other interaction whole, and never re-reads _count', () => {
    const { lms, time, statuses, session } = refusing();
    lms.refuse.set('cmi.interactions.1.learner_response', { code: '406' });
    session.receiveFinalTest(submitted(['q1', 'q2', 'q3']));
    time.advance(COMMIT_INTERVAL_MS);
    session.receiveRecord(encodeRecord(endLesson(visitLesson(emptyRecord(), 'm1-a'), 'm1-a')), true);
    time.advance(COMMIT_INTERVAL_MS);
    expect(['q1', 'q2', 'q3'].map((_, n) => lms.values.get(`cmi.interactions.${n}.id`))).toEqual(['q1', 'q2', 'q3']);
    expect(lms.values.get('cmi.interactions.1.result')).toBe('correct');
    expect(lms.values.has('cmi.interactions.1.learner_response')).toBe(false);
    expect(lms.values.has('cmi.interactions.3.id')).toBe(false);
    expect(count(lms, 'GetValue cmi.interactions._count')).toBe(1);
    expect(sets(lms, 'cmi.interactions.1.learner_response')).toHaveLength(1);
    expect(session.refusals).toEqual([{ what: 'la réponse à la question « Deuxième question : vrai ou faux ? »', error: expect.objectContaining({ code: '406', element: 'cmi.interactions.1.learner_response' }) }]);
    expect(statuses).toEqual(['partial']);
    expect(session.finish().ok).toBe(true);
    expect(session.transmission()).toEqual({ pending: false, refusals: session.refusals });
  });

  it('treats a refused location (405 in 1.2) as a refusal of that value, not a failure to retry at every commit', () => {
    const { lms, time, statuses, session } = refusing('1.2');
    lms.refuse.set('cmi.core.lesson_location', { code: '405' });
    session.showPage('lecons/m1-a.html');
    session.receiveRecord(encodeRecord(endLesson(visitLesson(emptyRecord(), 'm1-a'), 'm1-a')), true);
    time.advance(COMMIT_INTERVAL_MS);
    session.receiveRecord(encodeRecord(endLesson(visitLesson(endLesson(emptyRecord(), 'm1-a'), 'm1-b'), 'm1-b')), true);
    expect(sets(lms, 'cmi.core.lesson_location')).toHaveLength(1);
    expect(statuses).toEqual(['partial']);
    expect(session.refusals.map((r) => r.what)).toEqual(['la page en cours']);
  });

  it('retries after a link failure at the same index, and sends again what a refused Commit may have lost', () => {
    const { lms, time, statuses, session } = refusing();
    lms.refuse.set('cmi.interactions.1.result', { code: '351' });
    session.receiveFinalTest(submitted(['q1', 'q2', 'q3']));
    expect(statuses).toEqual(['failed']);
    expect(session.pendingInteractions).toBe(2);
    lms.refuse.delete('cmi.interactions.1.result');
    lms.refuse.set('commit', { code: '391' });
    time.advance(COMMIT_INTERVAL_MS);
    session.requestCommit();
    expect(lms.values.get('cmi.interactions.2.id')).toBe('q3');
    // The Commit failed: everything since the last accepted one goes again, at the same indexes.
    expect(session.pendingInteractions).toBe(2);
    lms.refuse.delete('commit');
    time.advance(COMMIT_INTERVAL_MS);
    session.requestCommit();
    expect(statuses.at(-1)).toBe('saved');
    expect(session.pendingInteractions).toBe(0);
    expect(lms.values.has('cmi.interactions.3.id')).toBe(false);
    expect(sets(lms, 'cmi.interactions.1.id').length).toBeGreaterThanOrEqual(2);
    expect(count(lms, 'GetValue cmi.interactions._count')).toBe(1);
  });

  it('reports an évaluation exercise’s score as a performance interaction once per new score', () => {
    const { lms, time, session } = refusing();
    const scored = (score: number) => encodeRecord(setActivityResult(emptyRecord(), 'sim-m2', { done: true, score, attempts: 1 }));
    session.receiveRecord(scored(90), false);
    expect(lms.values.get('cmi.interactions.0.id')).toBe('sim-m2');
    expect(lms.values.get('cmi.interactions.0.type')).toBe('performance');
    expect(lms.values.get('cmi.interactions.0.result')).toBe('90');
    expect(lms.values.get('cmi.interactions.0.description')).toBe('Activer un espace');
    time.advance(COMMIT_INTERVAL_MS);
    session.receiveRecord(encodeRecord(endLesson(setActivityResult(emptyRecord(), 'sim-m2', { done: true, score: 90, attempts: 1 }), 'm1-a')), true);
    expect(lms.values.has('cmi.interactions.1.id')).toBe(false);
    time.advance(COMMIT_INTERVAL_MS);
    session.receiveRecord(scored(100), false);
    expect(lms.values.get('cmi.interactions.1.result')).toBe('100');
  });

  it('does not report again a score the LMS already had when the session opened', () => {
    const lms = new RefusingLms();
    lms.reads.set('cmi.suspend_data', { value: encodeRecord(setActivityResult(emptyRecord(), 'sim-m2', { done: true, score: 80, attempts: 1 })) });
    const session = new ShellSession({ port: new Scorm2004Adapter(lms.scorm2004()), config: final, ...fakeTime(), storage: null, onStatus: () => {} });
    session.open('');
    session.receiveRecord(encodeRecord(endLesson(setActivityResult(emptyRecord(), 'sim-m2', { done: true, score: 80, attempts: 1 }), 'm1-a')), true);
    expect(lms.calls.some((c) => c.startsWith('SetValue cmi.interactions.'))).toBe(false);
  });

  it('tells the quit page what was kept to send again after a failed Terminate', () => {
    const { lms, session } = refusing();
    lms.refuse.set('terminate', { code: '101' });
    expect(session.finish().ok).toBe(false);
    expect(session.transmission().pending).toBe(true);
  });
});

/**
 * The commit scheduler on the platform's own timers (faked by Vitest): what the shell does in the browser,
 * where `now` is the clock and timers are setTimeout.
 *
 * Chosen for a hidden page and for leaving: « never more than once a second » holds for them too. A hidden
 * page's commit runs as soon as the second since the last one is over (at most a second later: browsers
 * keep running a hidden page's timers, throttled to about once a second). Leaving within a second of a
 * commit sends every value and calls Terminate without its own Commit: Terminate persists the data
 * (SCORM 2004 RTE §3.1.3.2; LMSFinish in 1.2), so nothing is lost and the LMS still sees at most one Commit
 * a second.
 */
describe('the commit scheduler, with fake timers', () => {
  const finalConfig: ShellConfig = { ...config, finalTest: { bank: { id: 'quiz-final', kind: 'final', questions: [] }, questions: {} } };

  function timed() {
    const lms = new RefusingLms();
    const port = new Scorm2004Adapter(lms.scorm2004());
    const commits: number[] = [];
    const commit = port.commit.bind(port);
    port.commit = () => {
      commits.push(Date.now());
      return commit();
    };
    const session = new ShellSession({
      port,
      config: finalConfig,
      now: () => Date.now(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      storage: null,
      onStatus: () => {},
    });
    session.open('');
    return { lms, session, commits };
  }

  /** A final-test submission as a page sends it: one true-false interaction for attempt `attempt`. */
  const submission = (attempt: number) => ({
    channel: 'parcours-chorus-pro:lms' as const,
    type: 'final-test' as const,
    bank: 'quiz-final',
    attempt,
    interactions: [{ id: 'q1', type: 'truefalse' as const, learnerResponse: true, correctResponse: true, result: 'correct' as const, latencyMs: 900, timestamp: '2025-01-02T10:00:00.000Z', module: 'm1-notions', objectives: ['m1-o1'] }],
  });

  /** Each record of the burst differs from the last by a commit-worthy change. */
  function burst(): LearnerRecord[] {
    const records: LearnerRecord[] = [];
    let record = emptyRecord();
    for (const lesson of ['m1-a', 'm1-b', 'm2-a']) records.push((record = endLesson(visitLesson(record, lesson), lesson)));
    for (let attempt = 1; attempt <= 9; attempt++) records.push((record = setActivityResult(record, 'quiz-final', { done: true, score: attempt * 10, attempts: attempt })));
    return records;
  }

  const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns a burst of lesson completions and quiz submissions into at most one commit a second, the last state committed', () => {
    const { lms, session, commits } = timed();
    const records = burst();
    const start = Date.now();
    records.forEach((record, i) => {
      session.receiveRecord(encodeRecord(record), false);
      if (i >= 3) session.receiveFinalTest(submission(i - 2));
      vi.advanceTimersByTime(150);
    });
    vi.runAllTimers();
    const elapsed = Date.now() - start;
    // 12 commit-worthy changes over 1.8 s: a commit at once, then one each second at most.
    expect(commits.length).toBeGreaterThanOrEqual(2);
    expect(commits.length).toBeLessThanOrEqual(Math.floor(elapsed / COMMIT_INTERVAL_MS) + 1);
    for (const gap of gaps(commits)) expect(gap).toBeGreaterThanOrEqual(COMMIT_INTERVAL_MS);
    // Nothing lost: the last record, and every attempt's interaction, reached the LMS before the last commit.
    const lastCommit = lms.calls.lastIndexOf('Commit');
    expect(lms.calls.slice(0, lastCommit).filter((c) => c.startsWith('SetValue cmi.suspend_data=')).at(-1)).toBe(`SetValue cmi.suspend_data=${encodeRecord(records.at(-1)!)}`);
    expect(lms.values.get('cmi.interactions.8.id')).toBe('q1');
    expect(lms.values.has('cmi.interactions.9.id')).toBe(false);
  });

  it('commits a hidden page as soon as the second since the last commit is over, not before', () => {
    const { lms, session, commits } = timed();
    const [first, second] = burst();
    session.receiveRecord(encodeRecord(first!), false);
    expect(commits).toHaveLength(1);
    vi.advanceTimersByTime(300);
    // The page is hidden with a change that alone would not deserve a commit (time spent in the lesson).
    const visited = visitLesson(first!, 'm2-a');
    session.receiveRecord(encodeRecord(visited), true);
    expect(commits).toHaveLength(1);
    vi.advanceTimersByTime(COMMIT_INTERVAL_MS - 300 - 1);
    expect(commits).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(commits).toHaveLength(2);
    expect(gaps(commits)).toEqual([COMMIT_INTERVAL_MS]);
    expect(lms.values.get('cmi.suspend_data')).toBe(encodeRecord(visited));
    // Hidden again right away: the next commit waits its second too.
    session.receiveRecord(encodeRecord(second!), true);
    vi.runAllTimers();
    expect(gaps(commits)).toEqual([COMMIT_INTERVAL_MS, COMMIT_INTERVAL_MS]);
  });

  it('leaving within a second of a commit sends everything and terminates without a second commit', () => {
    const { lms, session, commits } = timed();
    const [first, second] = burst();
    session.receiveRecord(encodeRecord(first!), false);
    vi.advanceTimersByTime(400);
    session.receiveRecord(encodeRecord(second!), true);
    expect(session.finish().ok).toBe(true);
    expect(commits).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    const terminate = lms.calls.indexOf('Terminate');
    expect(lms.calls.slice(0, terminate)).toContain(`SetValue cmi.suspend_data=${encodeRecord(second!)}`);
    expect(lms.calls.slice(terminate + 1)).toEqual([]);
  });

  it('leaving a second or more after the last commit commits, then terminates', () => {
    const { lms, session, commits } = timed();
    const [first] = burst();
    session.receiveRecord(encodeRecord(first!), false);
    vi.advanceTimersByTime(COMMIT_INTERVAL_MS + 200);
    // Time spent in a lesson: not worth a commit of its own, but it goes with the last one.
    const visited = visitLesson(first!, 'm2-a');
    session.receiveRecord(encodeRecord(visited), false);
    expect(commits).toHaveLength(1);
    session.finish();
    expect(gaps(commits)).toEqual([COMMIT_INTERVAL_MS + 200]);
    expect(lms.calls.slice(-2)).toEqual(['Commit', 'Terminate']);
    expect(lms.values.get('cmi.suspend_data')).toBe(encodeRecord(visited));
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
