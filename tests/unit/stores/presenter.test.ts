import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LessonDeck, Step } from '../../../src/domain/presenter/steps';
import type { SyncState } from '../../../src/domain/presenter/sync';
import {
  $dayStart,
  $deck,
  $presenter,
  $session,
  bootPresenter,
  goToStep,
  isLocalChange,
  nextStep,
  previousStep,
  receiveState,
  restartStep,
  setClock,
  setDayStart,
  toggleBlank,
  toggleReveal,
} from '../../../src/stores/presenter';
import {
  DAY_START_KEY,
  persistDayStart,
  readSavedState,
  startPresenterSync,
  storageTransport,
  SYNC_KEY,
  type Transport,
} from '../../../src/reactions/presenter-sync';

const step = (key: string, extra: Partial<Step> = {}): Step => ({ key, kind: 'section', title: key, section: 0, revealable: false, ...extra });
const deck: LessonDeck[] = [
  { id: 'a', title: 'A', moduleId: 'm', moduleTitle: 'M', minutes: 10, steps: [step('a0'), step('a1', { kind: 'question', revealable: true })] },
  { id: 'b', title: 'B', moduleId: 'm', moduleTitle: 'M', minutes: 10, steps: [step('b0'), step('b1', { kind: 'demo', scenarioStep: 0 }), step('b2', { kind: 'demo', scenarioStep: 1 })] },
];

let time = 1000;
class MemoryStorage {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

/** A transport that records what it sends and lets the test deliver messages from the « other window ». */
function fakeTransport() {
  const sent: SyncState[] = [];
  let listener: ((data: unknown) => void) | undefined;
  let closed = false;
  const transport: Transport = {
    send: (state) => sent.push(state),
    subscribe(l) {
      listener = l;
      return () => (listener = undefined);
    },
    close: () => (closed = true),
  };
  return { transport, sent, deliver: (data: unknown) => listener?.(data), closed: () => closed };
}

beforeEach(() => {
  time = 1000;
  setClock(() => (time += 10));
});
afterEach(() => cleanStores($presenter, $deck, $session, $dayStart));

describe('presenter store', () => {
  it('starts at the chosen lesson, else at the saved state, else at the first step', () => {
    bootPresenter(deck, 'presenter', { start: { lessonId: 'b', step: 1 } });
    expect($presenter.get()).toMatchObject({ lessonId: 'b', step: 1 });
    expect(isLocalChange($presenter.get())).toBe(true);

    const saved: SyncState = { lessonId: 'b', step: 9, revealed: false, blank: true, lastUpdate: { id: 'other', role: 'presenter', time: 5 } };
    bootPresenter(deck, 'audience', { saved });
    expect($presenter.get()).toMatchObject({ lessonId: 'b', step: 2, blank: true });
    expect(isLocalChange($presenter.get())).toBe(false);

    bootPresenter(deck, 'audience', { saved: 'garbage' });
    expect($presenter.get()).toMatchObject({ lessonId: 'a', step: 0 });
  });

  it('moves, goes to a step, restarts a démonstration and toggles the black screen', () => {
    bootPresenter(deck, 'presenter');
    nextStep();
    nextStep();
    expect($presenter.get()).toMatchObject({ lessonId: 'b', step: 0 });
    previousStep();
    expect($presenter.get()).toMatchObject({ lessonId: 'a', step: 1 });
    goToStep('b', 2);
    restartStep();
    expect($presenter.get()).toMatchObject({ lessonId: 'b', step: 1 });
    toggleBlank();
    expect($presenter.get().blank).toBe(true);
  });

  it('reveals only a step that has an answer, and hides it again on the next move', () => {
    bootPresenter(deck, 'presenter');
    expect(toggleReveal()).toBe(false);
    nextStep();
    expect(toggleReveal()).toBe(true);
    expect($presenter.get().revealed).toBe(true);
    nextStep();
    expect($presenter.get().revealed).toBe(false);
  });

  it('keeps a valid start of the day only', () => {
    setDayStart(8 * 60 + 30);
    setDayStart(-1);
    setDayStart(Number.NaN);
    expect($dayStart.get()).toBe(510);
  });
});

describe('presenter sync', () => {
  it('sends local changes, and saves them for windows opened later', () => {
    const storage = new MemoryStorage();
    const { transport, sent } = fakeTransport();
    bootPresenter(deck, 'presenter', { start: { lessonId: 'a', step: 0 } });
    const stop = startPresenterSync(transport, storage);
    nextStep();
    expect(sent.map((s) => s.step)).toEqual([0, 1]);
    expect(readSavedState(storage)).toMatchObject({ lessonId: 'a', step: 1 });
    stop();
  });

  it('adopts the other window’s moves without sending them back', () => {
    const { transport, sent, deliver, closed } = fakeTransport();
    bootPresenter(deck, 'presenter');
    const stop = startPresenterSync(transport, new MemoryStorage());
    sent.length = 0;
    deliver({ lessonId: 'b', step: 2, revealed: false, blank: true, lastUpdate: { id: 'aud', role: 'audience', time: 99_999 } });
    expect($presenter.get()).toMatchObject({ lessonId: 'b', step: 2, blank: true });
    expect(sent).toEqual([]);
    stop();
    expect(closed()).toBe(true);
  });

  it('ignores updates carrying its own role', () => {
    const { transport, deliver } = fakeTransport();
    bootPresenter(deck, 'presenter');
    const stop = startPresenterSync(transport, new MemoryStorage());
    deliver({ lessonId: 'b', step: 2, revealed: false, blank: false, lastUpdate: { id: 'other', role: 'presenter', time: 99_999 } });
    expect($presenter.get()).toMatchObject({ lessonId: 'a', step: 0 });
    expect(receiveState('not a state')).toBe(false);
    stop();
  });

  it('falls back on storage events, which reach the other window', () => {
    const storage = new MemoryStorage();
    const target = new EventTarget();
    const transport = storageTransport(storage, target as unknown as Window);
    const received: unknown[] = [];
    const unsubscribe = transport.subscribe((data) => received.push(data));
    const state: SyncState = { lessonId: 'a', step: 1, revealed: false, blank: false, lastUpdate: { id: 'x', role: 'audience', time: 1 } };
    transport.send(state);
    expect(storage.getItem(SYNC_KEY)).toBe(JSON.stringify(state));
    const storageEvent = (key: string, newValue: string | null) => Object.assign(new Event('storage'), { key, newValue });
    target.dispatchEvent(storageEvent(SYNC_KEY, JSON.stringify(state)));
    target.dispatchEvent(storageEvent('parcours-chorus-pro:record', '{}'));
    target.dispatchEvent(storageEvent(SYNC_KEY, '{broken'));
    target.dispatchEvent(storageEvent(SYNC_KEY, null));
    expect(received).toEqual([state]);
    unsubscribe();
    target.dispatchEvent(storageEvent(SYNC_KEY, JSON.stringify(state)));
    expect(received).toHaveLength(1);
    transport.close();
  });

  it('never writes the learner record key', () => {
    const storage = new MemoryStorage();
    const { transport } = fakeTransport();
    bootPresenter(deck, 'presenter');
    const stop = startPresenterSync(transport, storage);
    const stopDay = persistDayStart(storage);
    nextStep();
    toggleBlank();
    setDayStart(8 * 60);
    stop();
    stopDay();
    expect([...storage.data.keys()].sort()).toEqual([DAY_START_KEY, SYNC_KEY]);
  });

  it('restores the start of the day the trainer set', () => {
    const storage = new MemoryStorage();
    storage.setItem(DAY_START_KEY, '08:15');
    const stop = persistDayStart(storage);
    expect($dayStart.get()).toBe(495);
    setDayStart(600);
    expect(storage.getItem(DAY_START_KEY)).toBe('10:00');
    stop();
  });

  it('keeps going when storage refuses writes', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('quota'); } };
    const { transport, sent } = fakeTransport();
    bootPresenter(deck, 'presenter');
    const stop = startPresenterSync(transport, refusing);
    nextStep();
    expect(sent).toHaveLength(2);
    storageTransport(refusing, new EventTarget() as unknown as Window).send($presenter.get());
    expect(readSavedState({ getItem: () => { throw new Error('denied'); }, setItem: () => {} })).toBeUndefined();
    stop();
  });
});
