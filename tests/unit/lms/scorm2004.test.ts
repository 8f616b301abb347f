import { Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import type { Scorm2004Api } from '../../../src/lms/discovery';
import { LONG_IDENTIFIER2004, RESPONSE2004 } from '../../../src/lms/formats';
import { expectInteractionFormats } from './interaction-formats';
import { interactionEntry } from '../../../src/lms/interactions';
import { trackingState } from '../../../src/lms/mapping';
import { Scorm2004Adapter } from '../../../src/lms/scorm2004';
import { DURATION2004, TIMESTAMP2004 } from '../../../src/lms/time';
import { interactions, masteredAndPassed, MASTERY, plan, questions, startedRecord } from '../../fixtures/lms/course';
import { RefusingLms } from '../../fixtures/lms/refusing-lms';
import { logAccepted } from '../../fixtures/lms/scorm-again';

/** scorm-again as the LMS, with every value it accepted logged in order. */
function scormAgain(initial?: Record<string, unknown>) {
  const lms = new Scorm2004API({ logLevel: 5 });
  if (initial) lms.loadFromJSON(initial);
  const { sets, calls, flat } = logAccepted(lms, 'SetValue.cmi.*', ['Initialize', 'Terminate', 'Commit']);
  const get = (element: string) => String(lms.GetValue(element));
  return { lms, sets, calls, flat, get, adapter: new Scorm2004Adapter(lms as unknown as Scorm2004Api) };
}

describe('Scorm2004Adapter against scorm-again', () => {
  it('runs a full session: completion, success, scaled score, interactions, objectives, time and exit', () => {
    const { adapter, sets, calls, get } = scormAgain({ learner_name: 'Marie Dupont', learner_id: 'u-42' });
    expect(adapter.initialize().ok).toBe(true);
    const resume = adapter.readResumeState();
    // Unset score elements answer 403 in 2004: an empty value, not a warning.
    expect(resume.ok && resume.value).toMatchObject({ version: '2004', learnerName: 'Marie Dupont', learnerId: 'u-42', score: null, warnings: [] });

    const state = trackingState({ record: masteredAndPassed(), plan, finalTest: { score: 85, passed: true, attemptsLeft: false, modules: { 'm1-notions': { score: 100 }, 'm2-compte': { score: 50 } } }, masteryScore: MASTERY });
    expect(adapter.setLocation('m8-test-final').ok).toBe(true);
    expect(adapter.setSuspendData('1.abc.{}').ok).toBe(true);
    expect(adapter.setProgress(state.progress).ok).toBe(true);
    (Object.keys(interactions) as (keyof typeof interactions)[]).forEach((kind, n) => {
      expect(adapter.recordInteraction(interactionEntry(interactions[kind]!, questions[kind]))).toEqual({ ok: true, value: { status: 'recorded', index: n, refused: [] } });
    });
    for (const objective of state.objectives) expect(adapter.setObjective(objective)).toEqual({ ok: true, value: 'recorded' });
    expect(adapter.setSessionTime(3_723_450).ok).toBe(true);
    expect(adapter.setExit(state.exit).ok).toBe(true);
    expect(adapter.commit().ok).toBe(true);

    expect({
      location: get('cmi.location'),
      completion: get('cmi.completion_status'),
      success: get('cmi.success_status'),
      scaled: get('cmi.score.scaled'),
      raw: get('cmi.score.raw'),
      progress: get('cmi.progress_measure'),
      exit: sets.find(([e]) => e === 'cmi.exit')?.[1],
      interactions: get('cmi.interactions._count'),
      objectives: get('cmi.objectives._count'),
      objective1: [get('cmi.objectives.1.id'), get('cmi.objectives.1.success_status'), get('cmi.objectives.1.score.scaled')],
    }).toEqual({
      location: 'm8-test-final', completion: 'completed', success: 'passed', scaled: '0.85', raw: '85', progress: '1', exit: 'normal',
      interactions: '5', objectives: '3', objective1: ['m2-compte', 'failed', '0.5'],
    });
    expect(adapter.terminate().ok).toBe(true);
    expect(calls.filter((c) => c === 'Initialize')).toHaveLength(1);
    expect(calls.filter((c) => c === 'Terminate')).toHaveLength(1);

    const sent = Object.fromEntries(sets);
    expect(sent['cmi.session_time']).toBe('PT1H2M3.45S');
    expectInteractionFormats(sent, 5, { id: LONG_IDENTIFIER2004, response: 'learner_response', patterns: RESPONSE2004, results: ['correct', 'incorrect'], time: 'timestamp', timeFormat: TIMESTAMP2004, latency: DURATION2004 });
    for (let n = 0; n < 5; n++) expect(sent[`cmi.interactions.${n}.description`]!.length).toBeLessThanOrEqual(250);
    expect(sets.map(([, v]) => v)).not.toContain('wrong');
  });

  it('reads what a previous session left', () => {
    const { adapter } = scormAgain({ entry: 'resume', location: 'm2-a', suspend_data: '1.xyz.{}', completion_status: 'incomplete', success_status: 'failed', score: { scaled: '0.6', raw: '60' } });
    adapter.initialize();
    const resume = adapter.readResumeState();
    expect(resume.ok && resume.value).toMatchObject({ entry: 'resume', location: 'm2-a', suspendData: '1.xyz.{}', completion: 'incomplete', success: 'failed', score: { scaled: 0.6, raw: 60 } });
  });

  it('holds suspend_data to our 4,096 budget although 2004 allows 64,000, and location to 1,000', () => {
    const { adapter, sets } = scormAgain();
    adapter.initialize();
    expect(adapter.setSuspendData('x'.repeat(4097))).toMatchObject({ ok: false, error: { kind: 'limit', element: 'cmi.suspend_data' } });
    expect(adapter.setLocation('l'.repeat(1001))).toMatchObject({ ok: false, error: { kind: 'limit', element: 'cmi.location' } });
    expect(adapter.setLocation('l'.repeat(1000)).ok).toBe(true);
    expect(sets.map(([e]) => e)).toEqual(['cmi.location']);
  });

  it('reports an unfinished course as incomplete with exit suspend', () => {
    const { adapter, get, sets } = scormAgain();
    adapter.initialize();
    const state = trackingState({ record: startedRecord(), plan, finalTest: null, masteryScore: MASTERY });
    adapter.setProgress(state.progress);
    adapter.setExit(state.exit);
    expect([get('cmi.completion_status'), get('cmi.success_status')]).toEqual(['incomplete', 'unknown']);
    expect(sets.find(([e]) => e === 'cmi.exit')?.[1]).toBe('suspend');
  });
});

describe('Scorm2004Adapter against an LMS that refuses', () => {
  function refusing() {
    const lms = new RefusingLms();
    return { lms, adapter: new Scorm2004Adapter(lms.scorm2004()) };
  }

  it('returns the LMS error for a refused SetValue and a refused Commit', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    lms.refuse.set('cmi.location', { code: '406' });
    expect(adapter.setLocation('m1-a')).toEqual({ ok: false, error: { kind: 'lms', code: '406', message: 'Error 406 from the refusing LMS', element: 'cmi.location' } });
    lms.refuse.set('commit', { code: '391' });
    expect(adapter.commit()).toEqual({ ok: false, error: { kind: 'lms', code: '391', message: 'Error 391 from the refusing LMS' } });
  });

  it('keeps tracking without interactions when _count answers an error', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    lms.reads.set('cmi.interactions._count', { value: '', code: '402' });
    expect(adapter.recordInteraction(interactionEntry(interactions.order!, questions.order))).toEqual({ ok: true, value: { status: 'unsupported', index: null, refused: [] } });
    expect(adapter.setProgress({ completion: 'incomplete', success: 'unknown', score: null, progressMeasure: 0.2, attemptsLeft: false }).ok).toBe(true);
    expect(lms.values.get('cmi.completion_status')).toBe('incomplete');
  });

  it('leaves out a value the LMS refuses for itself, sends the rest of the interaction, and reads _count once', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    lms.reads.set('cmi.interactions._count', { value: '0', code: '0' });
    lms.refuse.set('cmi.interactions.0.learner_response', { code: '406' });
    expect(adapter.recordInteraction(interactionEntry(interactions.single!, questions.single))).toMatchObject({
      ok: true, value: { status: 'recorded', index: 0, refused: [{ kind: 'lms', code: '406', element: 'cmi.interactions.0.learner_response' }] },
    });
    expect(lms.calls.some((c) => c.startsWith('SetValue cmi.interactions.0.result'))).toBe(true);
    // The next interaction goes to the next index, without reading _count again.
    expect(adapter.recordInteraction(interactionEntry(interactions.order!, questions.order))).toMatchObject({ ok: true, value: { status: 'recorded', index: 1, refused: [] } });
    expect(lms.calls.filter((c) => c === 'GetValue cmi.interactions._count')).toHaveLength(1);
    expect(adapter.log.entries.find((e) => e.element === 'cmi.interactions.0.learner_response')).toMatchObject({ call: 'SetValue', result: 'false', error: { code: '406' } });
  });

  it('stops an interaction whose id is refused, and fails with its index on a link failure so it is sent again there', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    lms.reads.set('cmi.interactions._count', { value: '3', code: '0' });
    lms.refuse.set('cmi.interactions.3.id', { code: '406' });
    expect(adapter.recordInteraction(interactionEntry(interactions.single!, questions.single))).toMatchObject({ ok: true, value: { status: 'refused', index: 3 } });
    expect(lms.calls.some((c) => c.startsWith('SetValue cmi.interactions.3.type'))).toBe(false);
    lms.refuse.delete('cmi.interactions.3.id');
    // Nothing was written at 3: the next entry takes it.
    lms.refuse.set('cmi.interactions.3.result', { code: '351' });
    expect(adapter.recordInteraction(interactionEntry(interactions.order!, questions.order))).toMatchObject({ ok: false, error: { kind: 'lms', code: '351', index: 3 } });
    lms.refuse.delete('cmi.interactions.3.result');
    expect(adapter.recordInteraction(interactionEntry(interactions.order!, questions.order), 3)).toMatchObject({ ok: true, value: { status: 'recorded', index: 3 } });
    expect(adapter.recordInteraction(interactionEntry(interactions.match!, questions.match))).toMatchObject({ ok: true, value: { index: 4 } });
  });

  it('does not throw when the API vanishes mid-way', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    lms.refuse.set('commit', { code: '101', throws: true });
    lms.refuse.set('terminate', { code: '101', throws: true });
    expect(adapter.commit()).toMatchObject({ ok: false, error: { kind: 'exception' } });
    expect(adapter.terminate()).toMatchObject({ ok: false, error: { kind: 'exception' } });
  });

  it('refuses a scaled score outside −1..1 and a result spelled the 1.2 way', () => {
    const { lms, adapter } = refusing();
    adapter.initialize();
    expect(adapter.setProgress({ completion: 'completed', success: 'passed', score: { raw: 150, min: 0, max: 100, scaled: 1.5 }, progressMeasure: 1, attemptsLeft: false }))
      .toMatchObject({ ok: false, error: { kind: 'format', element: 'cmi.score.scaled' } });
    expect(lms.calls.filter((c) => c.startsWith('SetValue'))).toEqual([]);
  });
});
