import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanStores } from 'nanostores';
import { BACKUP_KEY, STORAGE_KEY, restoreFromStorage, saveToStorage, startSaving } from '../../../src/reactions/persistence';
import { $plan, $record, $recordNotice, finishLesson, openLesson, setPlan } from '../../../src/stores/record';
import { encodeRecord } from '../../../src/domain/record/codec';
import { emptyRecord, endLesson } from '../../../src/domain/record/record';

class MemoryStorage {
  items = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

class Target {
  listeners = new Map<string, Array<(event: unknown) => void>>();
  addEventListener(type: string, fn: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  fire(type: string, event: unknown = {}) {
    this.listeners.get(type)?.forEach((fn) => fn(event));
  }
}

beforeEach(() => {
  setPlan({ modules: [{ id: 'm1', lessons: ['a', 'b'] }], lessons: [{ id: 'a', module: 'm1', minutes: 5, activities: [] }, { id: 'b', module: 'm1', minutes: 5, activities: [] }] });
});
afterEach(() => {
  cleanStores($record, $recordNotice, $plan);
  vi.useRealTimers();
});

describe('local persistence of the learner record', () => {
  it('restores a saved record', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, encodeRecord(endLesson(emptyRecord(), 'a')));
    expect(restoreFromStorage(storage)).toBeNull();
    expect($record.get().lessons['a']?.ended).toBe(true);
    expect($recordNotice.get()).toBeNull();
  });

  it('starts a clean record without a notice for a first visit', () => {
    expect(restoreFromStorage(new MemoryStorage())).toBe('empty');
    expect($record.get()).toEqual(emptyRecord());
    expect($recordNotice.get()).toBeNull();
  });

  it('sets a corrupted save aside, starts afresh and tells the learner', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '1.zzz.{"l":{}}');
    expect(restoreFromStorage(storage)).toBe('checksum');
    expect($record.get()).toEqual(emptyRecord());
    expect($recordNotice.get()).toMatch(/altérée.*repart de zéro.*conservée à part/);
    expect(storage.getItem(BACKUP_KEY)).toBe('1.zzz.{"l":{}}');
  });

  it('tells the learner when an older version of the course saved the progress', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '0.abc.{}');
    expect(restoreFromStorage(storage)).toBe('version');
    expect($recordNotice.get()).toMatch(/version plus ancienne/);
  });

  it('warns when the browser refuses to store the progress', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(saveToStorage(storage)).toBe(false);
    expect($recordNotice.get()).toMatch(/refuse d’enregistrer/);
  });

  it('saves shortly after a change and at once when the page is left', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    const target = new Target();
    restoreFromStorage(storage);
    startSaving(storage, target as unknown as Window);
    openLesson('a');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    vi.advanceTimersByTime(500);
    expect(storage.getItem(STORAGE_KEY)).toBe(encodeRecord($record.get()));
    finishLesson('b');
    target.fire('pagehide');
    expect(storage.getItem(STORAGE_KEY)).toBe(encodeRecord($record.get()));
    expect($record.get().lessons['b']?.ended).toBe(true);
  });
});

describe('two tabs of the course', () => {
  it('takes in what another tab saved, so leaving this tab does not undo it', () => {
    const storage = new MemoryStorage();
    const target = new Target();
    restoreFromStorage(storage);
    startSaving(storage, target as unknown as Window);
    openLesson('a');
    const otherTab = encodeRecord(endLesson(emptyRecord(), 'b'));
    storage.setItem(STORAGE_KEY, otherTab);
    target.fire('storage', { key: STORAGE_KEY, newValue: otherTab });
    target.fire('pagehide');
    const saved = storage.getItem(STORAGE_KEY);
    expect(saved).toBe(encodeRecord($record.get()));
    expect($record.get().lessons['a']?.visited).toBe(true);
    expect($record.get().lessons['b']?.ended).toBe(true);
  });

  it('ignores other keys and unreadable values', () => {
    const storage = new MemoryStorage();
    const target = new Target();
    restoreFromStorage(storage);
    startSaving(storage, target as unknown as Window);
    openLesson('a');
    const before = $record.get();
    target.fire('storage', { key: 'other', newValue: 'x' });
    target.fire('storage', { key: STORAGE_KEY, newValue: 'garbage' });
    target.fire('storage', { key: STORAGE_KEY, newValue: null });
    expect($record.get()).toBe(before);
  });
});
