import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { RESPONSE12, IDENTIFIER12 } from '../../../src/lms/formats';
import { interactionEntry } from '../../../src/lms/interactions';
import { trackingState } from '../../../src/lms/mapping';
import { Scorm12Adapter } from '../../../src/lms/scorm12';
import { TIME12, TIMESPAN12 } from '../../../src/lms/time';
import { expectInteractionFormats } from './interaction-formats';
import type { Scorm12Api } from '../../../src/lms/discovery';
import { interactions, masteredAndPassed, MASTERY, plan, questions } from '../../fixtures/lms/course';
import { RefusingLms } from '../../fixtures/lms/refusing-lms';
import { logAccepted } from '../../fixtures/lms/scorm-again';

/** scorm-again as the LMS, with every value it accepted logged in order. */
function scormAgain(initial?: Record<string, unknown>) {
  const lms = new Scorm12API({ logLevel: 5 });
  if (initial) lms.loadFromJSON(initial);
  const { sets, calls, flat } = logAccepted(lms, 'LMSSetValue.cmi.*', ['LMSInitialize', 'LMSFinish', 'LMSCommit']);
  return { lms, sets, calls, flat, adapter: new Scorm12Adapter(lms as unknown as Scorm12Api) };
}

describe('Scorm12Adapter against scorm-again', () => {
  it("reads the LMS's objectives once: an id from a previous session keeps its index, new ones follow", () => {
    const state = trackingState({ record: masteredAndPassed(), plan, finalTest: null, masteryScore: MASTERY });
    expect(state.objectives.length).toBeGreaterThan(2);
    const previous = state.objectives[1]!.id;
    const { lms, adapter, flat } = scormAgain({ objectives: { '0': { id: previous, status: 'incomplete' } } });
    const reads: string[] = [];
    lms.on('LMSGetValue.cmi.*', (element: string) => reads.push(element));
    adapter.initialize();
    for (const objective of state.objectives) expect(adapter.setObjective(objective)).toEqual({ ok: true, value: 'recorded' });
    for (const objective of state.objectives) expect(adapter.setObjective(objective)).toEqual({ ok: true, value: 'recorded' });
    // One `_count` and one read of the one existing id, however many objectives are written and rewritten.
    expect(reads.filter((e) => e.startsWith('cmi.objectives'))).toEqual(['cmi.objectives._count', 'cmi.objectives.0.id']);
    const cmi = flat();
    const ids = state.objectives.map((_, n) => cmi[`cmi.objectives.${n}.id`]);
    expect(new Set(ids).size).toBe(state.objectives.length);
    expect(cmi['cmi.objectives.0.id']).toBe(previous);
    expect(cmi[`cmi.objectives.${state.objectives.length}.id`]).toBeUndefined();
  });

  it('runs a full session: resume state, progress, interactions, objectives, time, exit, one Initialize and one Terminate', () => {
    const { adapter, sets, calls, flat } = scormAgain({ core: { student_name: 'Dupont, Marie', student_id: 'u-42' } });
    expect(adapter.initialize()).toEqual({ ok: true, value: undefined });
    const resume = adapter.readResumeState();
    expect(resume.ok && resume.value).toMatchObject({ version: '1.2', learnerName: 'Dupont, Marie', learnerId: 'u-42', suspendData: '', location: '', warnings: [] });

    const state = trackingState({ record: masteredAndPassed(), plan, finalTest: { score: 85, passed: true, attemptsLeft: false, modules: { 'm1-notions': { score: 100 } } }, masteryScore: MASTERY });
    expect(adapter.setLocation('m8-test-final').ok).toBe(true);
    expect(adapter.setSuspendData('1.abc.{"l":{}}').ok).toBe(true);
    expect(adapter.setProgress(state.progress).ok).toBe(true);
    (Object.keys(interactions) as (keyof typeof interactions)[]).forEach((kind, n) => {
      expect(adapter.recordInteraction(interactionEntry(interactions[kind]!, questions[kind]))).toEqual({ ok: true, value: { status: 'recorded', index: n, refused: [] } });
    });
    for (const objective of state.objectives) expect(adapter.setObjective(objective)).toEqual({ ok: true, value: 'recorded' });
    // Updating an objective rewrites its own index, it does not add one.
    expect(adapter.setObjective({ ...state.objectives[0]!, success: 'failed' })).toEqual({ ok: true, value: 'recorded' });
    expect(adapter.setSessionTime(3_723_450).ok).toBe(true);
    expect(adapter.setExit(state.exit).ok).toBe(true);
    expect(adapter.commit().ok).toBe(true);
    expect(adapter.terminate().ok).toBe(true);

    expect(calls.filter((c) => c === 'LMSInitialize')).toHaveLength(1);
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    const cmi = flat();
    expect(cmi).toMatchObject({
      'cmi.core.lesson_location': 'm8-test-final',
      'cmi.suspend_data': '1.abc.{"l":{}}',
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '85',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.exit': '',
      'cmi.objectives.0.id': 'm1-notions',
      'cmi.objectives.0.status': 'failed',
      'cmi.objectives.2.id': 'm8-evaluation',
    });
    expect(cmi['cmi.objectives.3.id']).toBeUndefined();

    // Our own format checks on what the LMS received, not scorm-again's leniency.
    const sent = Object.fromEntries(sets);
    expect(sent['cmi.core.session_time']).toBe('0001:02:03.45');
    expect(sent['cmi.core.session_time']).toMatch(TIMESPAN12);
    expectInteractionFormats(sent, 5, { id: IDENTIFIER12, response: 'student_response', patterns: RESPONSE12, results: ['correct', 'wrong'], time: 'time', timeFormat: TIME12, latency: TIMESPAN12 });
    expect(sets.map(([, v]) => v)).not.toContain('incorrect');
  });

  it('reads what a previous session left: entry resume, bookmark, suspend_data, status and score', () => {
    const { adapter } = scormAgain({
      core: { entry: 'resume', lesson_location: 'm2-a', lesson_status: 'failed', score: { raw: '60' } },
      suspend_data: '1.xyz.{}',
    });
    adapter.initialize();
    const resume = adapter.readResumeState();
    expect(resume.ok && resume.value).toMatchObject({
      entry: 'resume', location: 'm2-a', suspendData: '1.xyz.{}', lessonStatus: 'failed', completion: 'completed', success: 'failed', score: { raw: 60, max: 100 },
    });
  });

  it('refuses suspend_data beyond 4,096 characters and locations beyond 255 that scorm-again would accept', () => {
    const { adapter, sets } = scormAgain();
    adapter.initialize();
    const tooLong = adapter.setSuspendData('x'.repeat(4097));
    expect(tooLong).toMatchObject({ ok: false, error: { kind: 'limit', element: 'cmi.suspend_data' } });
    expect(adapter.setSuspendData('x'.repeat(4096)).ok).toBe(true);
    expect(adapter.setLocation('l'.repeat(256))).toMatchObject({ ok: false, error: { kind: 'limit', element: 'cmi.core.lesson_location' } });
    expect(sets.map(([e]) => e)).toEqual(['cmi.suspend_data']);
  });

  it('keeps to one Initialize and one Terminate, and refuses calls outside the session', () => {
    const { adapter, calls } = scormAgain();
    expect(adapter.setLocation('m1-a')).toMatchObject({ ok: false, error: { kind: 'state', code: 'state.not-initialized' } });
    expect(adapter.readResumeState()).toMatchObject({ ok: false, error: { kind: 'state' } });
    adapter.initialize();
    expect(adapter.initialize()).toMatchObject({ ok: false, error: { kind: 'state', code: 'state.initialized' } });
    adapter.terminate();
    expect(adapter.terminate()).toMatchObject({ ok: false, error: { kind: 'state', code: 'state.terminated' } });
    expect(adapter.commit()).toMatchObject({ ok: false, error: { kind: 'state' } });
    expect(calls).toEqual(['LMSInitialize', 'LMSFinish']);
  });
});

describe('Scorm12Adapter against an LMS that refuses', () => {
  function refusing() {
    const lms = new RefusingLms();
    const adapter = new Scorm12Adapter(lms.scorm12());
    return { lms, adapter };
  }

  it('returns the LMS error code and message when SetValue answers "false"', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    lms.refuse.set('cmi.suspend_data', { code: '405' });
    expect(adapter.setSuspendData('1.abc.{}')).toEqual({
      ok: false,
      error: { kind: 'lms', code: '405', message: 'Error 405 from the refusing LMS', element: 'cmi.suspend_data' },
    });
  });

  it.each([
    { call: 'commit', when: 'Commit answers "false", and succeeds again once the LMS recovers', opened: true },
    { call: 'initialize', when: 'Initialize is refused, and lets it be tried again', opened: false },
  ] as const)('returns the error when $when', ({ call, opened }) => {
    const { lms, adapter } = refusing();
    if (opened) adapter.initialize();
    lms.refuse.set(call, { code: '101' });
    expect(adapter[call]()).toMatchObject({ ok: false, error: { kind: 'lms', code: '101' } });
    lms.refuse.delete(call);
    expect(adapter[call]().ok).toBe(true);
  });

  it('turns a throwing API into an exception error instead of throwing', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    lms.refuse.set('cmi.core.lesson_location', { code: '101', throws: true });
    expect(adapter.setLocation('m1-a')).toMatchObject({ ok: false, error: { kind: 'exception', element: 'cmi.core.lesson_location' } });
  });

  it('goes on without interactions and objectives when _count is not implemented', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    lms.refuse.set('cmi.interactions._count', { code: '401' });
    lms.refuse.set('cmi.objectives._count', { code: '401' });
    const entry = interactionEntry(interactions.single!, questions.single);
    const unsupported = { ok: true, value: { status: 'unsupported', index: null, refused: [] } };
    expect(adapter.recordInteraction(entry)).toEqual(unsupported);
    expect(adapter.recordInteraction(entry)).toEqual(unsupported);
    expect(adapter.setObjective({ id: 'm1-notions', completion: 'completed', success: 'unknown', score: null })).toEqual({ ok: true, value: 'unsupported' });
    expect(lms.calls.filter((c) => c === 'GetValue cmi.interactions._count')).toHaveLength(1);
    expect(lms.calls.some((c) => c.startsWith('SetValue cmi.interactions'))).toBe(false);
    expect(adapter.setLocation('m1-a').ok).toBe(true);
  });

  it('finds an objective saved by a previous session and updates it in place', () => {
    const { lms, adapter } = refusing();
    lms.values.set('cmi.objectives._count', '2');
    lms.values.set('cmi.objectives.0.id', 'm0-accueil');
    lms.values.set('cmi.objectives.1.id', 'm1-notions');
    adapter.initialize();
    adapter.setObjective({ id: 'm1-notions', completion: 'completed', success: 'unknown', score: null });
    expect(lms.values.get('cmi.objectives.1.status')).toBe('completed');
  });

  it('reads the resume state with warnings for values the LMS refuses to give', () => {
    const { lms, adapter } = refusing();
    lms.values.set('cmi.core.entry', 'resume');
    lms.refuse.set('cmi.core.student_name', { code: '401' });
    adapter.initialize();
    const resume = adapter.readResumeState();
    expect(resume.ok && resume.value.entry).toBe('resume');
    expect(resume.ok && resume.value.learnerName).toBe('');
    expect(resume.ok && resume.value.warnings).toEqual([{ kind: 'lms', code: '401', message: 'Error 401 from the refusing LMS', element: 'cmi.core.student_name' }]);
  });

  it('never sends a malformed value: the adapter refuses it first', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    expect(adapter.setProgress({ completion: 'completed', success: 'passed', score: { raw: 120, min: 0, max: 100, scaled: 1.2 }, progressMeasure: 1, attemptsLeft: false }))
      .toMatchObject({ ok: false, error: { kind: 'format', element: 'cmi.core.score.raw' } });
    expect(lms.calls.filter((c) => c.startsWith('SetValue'))).toEqual([]);
  });
});
