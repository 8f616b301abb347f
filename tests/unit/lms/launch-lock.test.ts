import { describe, expect, it } from 'vitest';
import { holdLock, LOCK_KEY, otherLaunchActive, releaseLock, STALE_MS, type LockDeps } from '../../../src/lms/shell/launch-lock';

function memory(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('launch lock', () => {
  it('a second launch sees the first while it runs, and not once it has ended', () => {
    const storage = memory();
    let now = 1_000;
    const first: LockDeps = { storage, now: () => now, id: 'a' };
    const second: LockDeps = { storage, now: () => now, id: 'b' };
    expect(otherLaunchActive(second)).toBe(false);
    holdLock(first);
    now += 5_000;
    expect(otherLaunchActive(second)).toBe(true);
    expect(otherLaunchActive(first)).toBe(false);
    releaseLock(first);
    expect(otherLaunchActive(second)).toBe(false);
  });

  it('a lock not refreshed for STALE_MS no longer counts (a crashed window)', () => {
    const storage = memory();
    let now = 0;
    holdLock({ storage, now: () => now, id: 'a' });
    now = STALE_MS - 1;
    expect(otherLaunchActive({ storage, now: () => now, id: 'b' })).toBe(true);
    now = STALE_MS;
    expect(otherLaunchActive({ storage, now: () => now, id: 'b' })).toBe(false);
  });

  it('taking over leaves the new holder’s lock when the old launch ends', () => {
    const storage = memory();
    const now = () => 10;
    holdLock({ storage, now, id: 'a' });
    holdLock({ storage, now, id: 'b' });
    releaseLock({ storage, now, id: 'a' });
    expect(otherLaunchActive({ storage, now, id: 'c' })).toBe(true);
  });

  it('ignores an unreadable lock and a storage that throws', () => {
    const storage = memory();
    storage.data.set(LOCK_KEY, '{not json');
    expect(otherLaunchActive({ storage, now: () => 0, id: 'b' })).toBe(false);
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    const deps = { storage: broken, now: () => 0, id: 'a' };
    expect(() => holdLock(deps)).not.toThrow();
    expect(otherLaunchActive(deps)).toBe(false);
    expect(() => releaseLock(deps)).not.toThrow();
    expect(otherLaunchActive({ storage: null, now: () => 0, id: 'a' })).toBe(false);
  });
});
