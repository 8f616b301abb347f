import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanStores } from 'nanostores';
import { emptyRecord } from '../../../src/domain/record/record';
import { LAST_RECORD_EVENT } from '../../../src/lms/bridge';
import { trackLessonTime } from '../../../src/reactions/lesson-time';
import { $record, restoreRecord } from '../../../src/stores/record';

/** A visible page: its window and document as event targets, a clock the test moves. */
function visiblePage() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', doc);
  let now = 0;
  return { win, clock: () => now, advance: (ms: number) => void (now += ms) };
}

beforeEach(() => {
  vi.useFakeTimers();
  restoreRecord(emptyRecord());
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  cleanStores($record);
});

describe('trackLessonTime', () => {
  it('adds the time spent when the launch shell reads the record as the launch ends', () => {
    const page = visiblePage();
    trackLessonTime('m1-b', page.clock);
    page.advance(12_000);
    expect($record.get().lessons['m1-b']?.seconds ?? 0).toBe(0);
    page.win.dispatchEvent(new CustomEvent(LAST_RECORD_EVENT, { detail: { shell: '' } }));
    expect($record.get().lessons['m1-b']?.seconds).toBe(12);
    // Counted once: a later pagehide adds only what came after.
    page.advance(3_000);
    page.win.dispatchEvent(new Event('pagehide'));
    expect($record.get().lessons['m1-b']?.seconds).toBe(15);
  });
});
