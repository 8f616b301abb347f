import { describe, expect, it } from 'vitest';
import * as scorm12 from 'scorm-again/scorm12';

/** The ESM build exports the class by name (its type declarations say `default`). */
const { Scorm12API } = scorm12 as unknown as { Scorm12API: new (settings: object) => never };
import { EMBEDDED_KEY, EMBEDDED_UNREADABLE_NOTICE, LEGACY_RECORD_KEY, LEGACY_UNREADABLE_KEY, LEGACY_UNREADABLE_NOTICE, SET_ASIDE_PREFIX, launchValues, storedApi } from '../../../src/lms/embedded';
import { Scorm12Adapter } from '../../../src/lms/scorm12';
import { decodeRecord, encodeRecord } from '../../../src/domain/record/codec';
import { emptyRecord, endLesson, visitLesson } from '../../../src/domain/record/record';

const ids = ['a', 'b'];

function memory(): Storage & { map: Map<string, string>; refuse: boolean } {
  const map = new Map<string, string>();
  const s = {
    map,
    refuse: false,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (s.refuse) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
  return s;
}

/** One launch of the embedded LMS on `storage`, through the real adapter. */
function launch(storage: Storage) {
  const runtime = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  const { init, notice, migrating } = launchValues(storage, ids);
  (runtime as unknown as { loadFromFlattenedJSON(j: object): void }).loadFromFlattenedJSON(init);
  const port = new Scorm12Adapter(storedApi(runtime, storage, ids, migrating));
  expect(port.initialize().ok).toBe(true);
  return { port, notice };
}

describe('embedded LMS (scorm-again 1.2 kept in localStorage)', () => {
  it('resumes the next launch with entry=resume, the bookmark, suspend_data and the summed total time', () => {
    const storage = memory();
    const first = launch(storage);
    const resume = first.port.readResumeState();
    expect(resume.ok && resume.value.entry).toBe('ab-initio');
    const record = encodeRecord(endLesson(visitLesson(emptyRecord(), 'a'), 'a'));
    expect(first.port.setLocation('lecons/a.html').ok).toBe(true);
    expect(first.port.setSuspendData(record).ok).toBe(true);
    expect(first.port.commit().ok).toBe(true);
    expect(first.port.setSessionTime(3_600_000).ok).toBe(true);
    expect(first.port.setExit('suspend').ok).toBe(true);
    expect(first.port.terminate().ok).toBe(true);

    const second = launch(storage);
    const state = second.port.readResumeState();
    if (!state.ok) throw new Error(state.error.message);
    expect(state.value.entry).toBe('resume');
    expect(state.value.location).toBe('lecons/a.html');
    expect(state.value.suspendData).toBe(record);
    const stored = JSON.parse(storage.getItem(EMBEDDED_KEY)!) as { cmi: Record<string, string> };
    expect(stored.cmi['cmi.core.total_time']).toMatch(/^0*1:00:00/);
    expect(launchValues(storage, ids).init['cmi.core.total_time']).toBe(stored.cmi['cmi.core.total_time']);
  });

  it('a finished course (exit normal) starts the next launch without resume', () => {
    const storage = memory();
    const first = launch(storage);
    first.port.setExit('normal');
    first.port.terminate();
    expect(launchValues(storage, ids).init['cmi.core.entry']).toBe('');
  });

  it('an unreadable store is set aside, never erased, and the launch starts clean with a notice', () => {
    const storage = memory();
    storage.setItem(EMBEDDED_KEY, '{"v":1,"cmi":');
    const { init, notice } = launchValues(storage, ids, 42);
    expect(notice).toBe(EMBEDDED_UNREADABLE_NOTICE);
    expect(init).toEqual({ 'cmi.core.entry': 'ab-initio' });
    expect(storage.getItem(`${SET_ASIDE_PREFIX}42`)).toBe('{"v":1,"cmi":');
  });

  it('an unreadable suspend_data is kept aside too (the shell tells the learner and starts clean)', () => {
    const storage = memory();
    storage.setItem(EMBEDDED_KEY, JSON.stringify({ v: 1, cmi: { 'cmi.suspend_data': '1.zz.{tronqué', 'cmi.core.exit': 'suspend' } }));
    launchValues(storage, ids, 7);
    expect(storage.getItem(`${SET_ASIDE_PREFIX}7`)).toBe('1.zz.{tronqué');
  });

  it('a storage that refuses the write makes Commit fail (the shell shows its banner), and the next commit stores all', () => {
    const storage = memory();
    const { port } = launch(storage);
    const record = encodeRecord(visitLesson(emptyRecord(), 'b'));
    port.setSuspendData(record);
    storage.refuse = true;
    const refused = port.commit();
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('101');
    storage.refuse = false;
    expect(port.commit().ok).toBe(true);
    expect((JSON.parse(storage.getItem(EMBEDDED_KEY)!) as { cmi: Record<string, string> }).cmi['cmi.suspend_data']).toBe(record);
  });

  it('migrates the record the earlier local persistence left, once: merged into the launch, the old key removed once stored', () => {
    const storage = memory();
    const legacy = encodeRecord(endLesson(visitLesson(emptyRecord(), 'b'), 'b'));
    storage.setItem(LEGACY_RECORD_KEY, legacy);
    storage.setItem(EMBEDDED_KEY, JSON.stringify({ v: 1, cmi: { 'cmi.suspend_data': encodeRecord(endLesson(visitLesson(emptyRecord(), 'a'), 'a')), 'cmi.core.exit': 'suspend' } }));
    const { port } = launch(storage);
    const resumed = port.readResumeState();
    const decoded = decodeRecord(resumed.ok ? resumed.value.suspendData : '', ids);
    if (!decoded.ok) throw new Error(decoded.issues.join());
    expect(decoded.value.record.lessons['a']?.ended).toBe(true);
    expect(decoded.value.record.lessons['b']?.ended).toBe(true);
    // Kept until the embedded LMS has stored a CMI holding it: a launch closed before that loses nothing.
    expect(storage.getItem(LEGACY_RECORD_KEY)).toBe(legacy);
    expect(port.commit().ok).toBe(true);
    expect(storage.getItem(LEGACY_RECORD_KEY)).toBeNull();
    const stored = decodeRecord((JSON.parse(storage.getItem(EMBEDDED_KEY)!) as { cmi: Record<string, string> }).cmi['cmi.suspend_data'], ids);
    expect(stored.ok && stored.value.record.lessons['b']?.ended).toBe(true);
    // The next launch has nothing left to migrate.
    expect(launchValues(storage, ids).migrating).toBe(false);
  });

  it('migrates the old record into a first launch, and keeps it when the store refuses the write', () => {
    const storage = memory();
    const legacy = encodeRecord(endLesson(visitLesson(emptyRecord(), 'a'), 'a'));
    storage.setItem(LEGACY_RECORD_KEY, legacy);
    const { init, migrating } = launchValues(storage, ids);
    expect(migrating).toBe(true);
    expect(init['cmi.suspend_data']).toBe(legacy);
    const { port } = launch(storage);
    storage.refuse = true;
    expect(port.commit().ok).toBe(false);
    expect(storage.getItem(LEGACY_RECORD_KEY)).toBe(legacy);
  });

  it('sets an unreadable old record aside with a notice, and starts from what the embedded LMS holds', () => {
    const storage = memory();
    storage.setItem(LEGACY_RECORD_KEY, '1.abc.{"l":{"broken');
    const { init, notice, migrating } = launchValues(storage, ids);
    expect(notice).toBe(LEGACY_UNREADABLE_NOTICE);
    expect(migrating).toBe(false);
    expect(init['cmi.suspend_data']).toBeUndefined();
    expect(storage.getItem(LEGACY_UNREADABLE_KEY)).toBe('1.abc.{"l":{"broken');
    expect(storage.getItem(LEGACY_RECORD_KEY)).toBeNull();
  });

  it('two tabs: a commit merges the progress another tab stored since, so neither loses the other', () => {
    const storage = memory();
    const one = launch(storage);
    const two = launch(storage);
    one.port.setSuspendData(encodeRecord(endLesson(visitLesson(emptyRecord(), 'a'), 'a')));
    expect(one.port.commit().ok).toBe(true);
    two.port.setSuspendData(encodeRecord(endLesson(visitLesson(emptyRecord(), 'b'), 'b')));
    expect(two.port.commit().ok).toBe(true);
    const saved = (JSON.parse(storage.getItem(EMBEDDED_KEY)!) as { cmi: Record<string, string> }).cmi['cmi.suspend_data'];
    const decoded = decodeRecord(saved, ids);
    if (!decoded.ok) throw new Error(decoded.issues.join());
    expect(decoded.value.record.lessons['a']?.ended).toBe(true);
    expect(decoded.value.record.lessons['b']?.ended).toBe(true);
  });
});
