import { describe, expect, it } from 'vitest';
import { eraseIfRequested, requestReset, RESET_KEY } from '../../../src/lms/reset';
import { COMPANY_KEY, EMBEDDED_KEY, LEGACY_RECORD_KEY } from '../../../src/lms/embedded-store';
import { LOCK_KEY } from '../../../src/lms/shell/launch-lock';

/** A Storage in memory. */
function memory(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe('erasing this browser’s progress', () => {
  it('does nothing until a page asks for it', () => {
    const storage = memory({ [EMBEDDED_KEY]: '{"v":1}' });
    expect(eraseIfRequested(storage)).toBe(false);
    expect(storage.getItem(EMBEDDED_KEY)).toBe('{"v":1}');
  });

  it('erases the embedded LMS, its set-aside copies, the old record and the attestation\'s company once asked, and only once', () => {
    const storage = memory({
      [EMBEDDED_KEY]: '{"v":1}',
      [`${EMBEDDED_KEY}:illisible:123`]: 'x',
      [LEGACY_RECORD_KEY]: 'y',
      [`${LEGACY_RECORD_KEY}:unreadable`]: 'z',
      [COMPANY_KEY]: 'Menuiserie Durand',
      [LOCK_KEY]: 'lock',
      'autre-site': 'kept',
    });
    expect(requestReset(storage)).toBe(true);
    expect(eraseIfRequested(storage)).toBe(true);
    expect(storage.length).toBe(2);
    expect(storage.getItem('autre-site')).toBe('kept');
    expect(storage.getItem(LOCK_KEY)).toBe('lock');
    expect(storage.getItem(RESET_KEY)).toBeNull();
    storage.setItem(EMBEDDED_KEY, 'new');
    expect(eraseIfRequested(storage)).toBe(false);
    expect(storage.getItem(EMBEDDED_KEY)).toBe('new');
  });

  it('says so when the browser keeps nothing', () => {
    expect(requestReset(null)).toBe(false);
    const refusing = { ...memory(), setItem: () => { throw new Error('quota'); } } as unknown as Storage;
    expect(requestReset(refusing)).toBe(false);
  });
});
