import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { decodeRecord, encodeRecord } from '../../../src/domain/record/codec';
import { addLessonTime, emptyRecord, endLesson, setLearnerName } from '../../../src/domain/record/record';
import { CHANNEL, type PageWindow } from '../../../src/lms/bridge';
import { readLastRecord, readPageMessage } from '../../../src/lms/shell/bridge';
import { startTracking } from '../../../src/reactions/tracking';
import { $plan, $record, finishLesson, openLesson, restoreRecord, setPlan, spendTime } from '../../../src/stores/record';
import { plan } from '../../fixtures/lms/course';
import { trackedIds } from '../../../src/domain/course/plan';

/** A page inside a fake shell that welcomes it with `record` and collects what the page sends. */
function pageInShell(record: string, learnerName = 'Marie Dupont') {
  const listeners = new Set<(event: MessageEvent) => void>();
  const received: unknown[] = [];
  const events = new Map<string, ((event?: Event) => void)[]>();
  const parent = {
    postMessage(message: unknown) {
      const read = readPageMessage(message);
      if (read?.type === 'hello') {
        const welcome = { channel: CHANNEL, type: 'welcome', record, notice: 'avis', learnerName };
        queueMicrotask(() => listeners.forEach((l) => l({ data: welcome, source: parent, origin: 'https://lms.test' } as unknown as MessageEvent)));
      } else received.push(read);
    },
  };
  const on = (type: string, listener: (event?: Event) => void) => events.set(type, [...(events.get(type) ?? []), listener]);
  const win = {
    parent,
    location: { origin: 'https://lms.test' },
    addEventListener: (type: string, listener: (event: MessageEvent) => void) => (type === 'message' ? listeners.add(listener) : on(type, listener as (event?: Event) => void)),
    removeEventListener: (_type: string, listener: (event: MessageEvent) => void) => void listeners.delete(listener),
    dispatchEvent: (event: Event) => {
      events.get(event.type)?.forEach((l) => l(event));
      return true;
    },
  } as unknown as PageWindow & Pick<Window, 'addEventListener' | 'dispatchEvent'>;
  const doc = {
    visibilityState: 'visible',
    querySelector: (selector: string) => (selector === '[data-lesson-id]' ? { dataset: { lessonId: 'm1-b' } } : null),
    addEventListener: on,
  } as unknown as Document;
  return { win, doc, received, fire: (type: string) => events.get(type)?.forEach((l) => l()) };
}

beforeEach(() => {
  restoreRecord(emptyRecord());
});

afterEach(() => {
  cleanStores($record, $plan);
});

describe('startTracking', () => {
  it('does nothing for a top-level page: the standalone course keeps its own record', async () => {
    const win = { location: { origin: 'x' }, addEventListener() {}, removeEventListener() {} } as unknown as PageWindow & Pick<Window, 'addEventListener'>;
    Object.defineProperty(win, 'parent', { value: win });
    restoreRecord(endLesson(emptyRecord(), 'm1-a'));
    await expect(startTracking(win, {} as Document)).resolves.toBeNull();
    expect($record.get().lessons['m1-a']?.ended).toBe(true);
  });

  it('replaces the browser record with the shell one, keeps the lesson the page opened, and takes the LMS name', async () => {
    setPlan(plan);
    restoreRecord(endLesson(emptyRecord(), 'm2-a'));
    openLesson('m1-b');
    const fromLms = endLesson(emptyRecord(), 'm1-a');
    const page = pageInShell(encodeRecord(fromLms));
    await startTracking(page.win, page.doc);
    const record = $record.get();
    expect(record.lessons['m2-a']).toBeUndefined();
    expect(record.lessons['m1-a']?.ended).toBe(true);
    expect(record.location).toBe('m1-b');
    expect(record.learnerName).toBe('Marie Dupont');
  });

  it('applies again on the shell record what the page did while waiting for it, and sends the result', async () => {
    setPlan(plan);
    const fromLms = addLessonTime(endLesson(emptyRecord(), 'm1-a'), 'm1-b', 120);
    const page = pageInShell(encodeRecord(fromLms));
    openLesson('m1-b');
    const linked = startTracking(page.win, page.doc);
    // The hello is out, the welcome not yet in: the learner reaches the end of the lesson meanwhile.
    spendTime('m1-b', 30);
    finishLesson('m1-b');
    await linked;
    const record = $record.get();
    expect(record.lessons['m1-a']?.ended).toBe(true);
    expect(record.lessons['m1-b']).toEqual({ visited: true, ended: true, seconds: 150 });
    expect(record.location).toBe('m1-b');
    expect(page.received[0]).toEqual({ channel: CHANNEL, type: 'record', record: encodeRecord(record), flush: false });
  });

  it('gives the shell its record when the launch ends, even before the welcome has reached it', async () => {
    setPlan(plan);
    const fromLms = endLesson(emptyRecord(), 'm1-a');
    const page = pageInShell(encodeRecord(fromLms));
    openLesson('m1-b');
    const linked = startTracking(page.win, page.doc);
    // The tab leaves right after the learner ended the lesson: the shell's welcome is still on the way.
    finishLesson('m1-b');
    const early = decodeRecord(readLastRecord(page.win, encodeRecord(fromLms)) ?? '', trackedIds(plan));
    expect(early.ok && early.value.record.lessons['m1-a']?.ended).toBe(true);
    expect(early.ok && early.value.record.lessons['m1-b']?.ended).toBe(true);
    // Linked, the page's record is the shell's with the page's changes: it gives its own.
    await linked;
    spendTime('m1-b', 30);
    expect(readLastRecord(page.win, encodeRecord(emptyRecord()))).toBe(encodeRecord($record.get()));
    expect($record.get().lessons['m1-b']?.seconds).toBe(30);
  });

  it('keeps a name the learner typed', async () => {
    setPlan(plan);
    const page = pageInShell(encodeRecord(setLearnerName(emptyRecord(), 'Jeanne Martin')));
    await startTracking(page.win, page.doc);
    expect($record.get().learnerName).toBe('Jeanne Martin');
  });

  it('sends each change of the record, and a flush when the page is hidden or left', async () => {
    setPlan(plan);
    const page = pageInShell(encodeRecord(emptyRecord()));
    await startTracking(page.win, page.doc);
    page.received.length = 0;
    finishLesson('m1-b');
    expect(page.received).toEqual([{ channel: CHANNEL, type: 'record', record: encodeRecord($record.get()), flush: false }]);
    page.fire('pagehide');
    expect(page.received[1]).toMatchObject({ type: 'record', flush: true });
  });
});
