/**
 * One launch at a time in a browser: a launch holds a lock in localStorage, refreshed while it runs and
 * released when it ends. A second launch that finds a live lock says so instead of opening a second LMS
 * session that would overwrite the first one's progress; the learner may still take over.
 *
 * Background tabs run their timers as rarely as once a minute, so a lock only goes stale after
 * STALE_MS without refresh (a window that crashed without releasing it stops counting after that).
 */
export const LOCK_KEY = 'parcours-chorus-pro:launch';
export const HEARTBEAT_MS = 20_000;
export const STALE_MS = 90_000;

export interface LockDeps {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  now: () => number;
  /** This launch's id. */
  id: string;
}

function read(deps: LockDeps): { id: string; at: number } | null {
  try {
    const value: unknown = JSON.parse(deps.storage?.getItem(LOCK_KEY) ?? 'null');
    if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { at?: unknown }).at === 'number') {
      return value as { id: string; at: number };
    }
  } catch {
    // An unreadable lock is no lock.
  }
  return null;
}

/** Whether another launch of the course is running in this browser. */
export function otherLaunchActive(deps: LockDeps): boolean {
  const lock = read(deps);
  return lock !== null && lock.id !== deps.id && deps.now() - lock.at < STALE_MS;
}

/** Takes or refreshes the lock for this launch (storage errors ignored: the lock is a courtesy). */
export function holdLock(deps: LockDeps): void {
  try {
    deps.storage?.setItem(LOCK_KEY, JSON.stringify({ id: deps.id, at: deps.now() }));
  } catch {
    // Private mode or full storage: no detection, the launch goes on.
  }
}

/** Releases the lock if this launch holds it (a launch that was taken over leaves the new holder's lock). */
export function releaseLock(deps: LockDeps): void {
  try {
    if (read(deps)?.id === deps.id) deps.storage?.removeItem(LOCK_KEY);
  } catch {
    // Nothing to do.
  }
}
