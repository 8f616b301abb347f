/**
 * Keeps the two trainer windows in step. Local changes of `$presenter` go out through a transport; states
 * from the other window come in through `receiveState` (which ignores this window's own role). The last
 * state is also kept in storage under its own key, so a window opened later starts where the class is.
 *
 * Transports: BroadcastChannel by default; `storage` events when BroadcastChannel is missing (older Safari,
 * some embedded browsers). Neither touches the learner record's key nor any LMS.
 */
import type { SyncState } from '../domain/presenter/sync';
import { clockValue, parseClock } from '../domain/presenter/time';
import { $dayStart, $presenter, isLocalChange, receiveState, setDayStart } from '../stores/presenter';

/** Storage key of the shared state (never the learner record's `parcours-chorus-pro:record`). */
export const SYNC_KEY = 'parcours-chorus-pro:formateur:etat';
/** BroadcastChannel name. */
export const CHANNEL = 'parcours-chorus-pro:formateur';

/** How a state travels between windows. */
export interface Transport {
  send(state: SyncState): void;
  /** Calls `listener` with every message from another window (unchecked data); returns the unsubscribe. */
  subscribe(listener: (data: unknown) => void): () => void;
  close(): void;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** BroadcastChannel transport. */
export function broadcastTransport(channel: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'close'>): Transport {
  return {
    send: (state) => channel.postMessage(state),
    subscribe(listener) {
      const handler = (event: Event) => listener((event as MessageEvent).data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}

/** `storage`-event transport: writing the key notifies every other window of the same origin. */
export function storageTransport(storage: StorageLike, target: Pick<Window, 'addEventListener' | 'removeEventListener'>, key = SYNC_KEY): Transport {
  return {
    send(state) {
      try {
        storage.setItem(key, JSON.stringify(state));
      } catch {
        // Storage refused (private mode, quota): the windows fall out of step, the class goes on.
      }
    },
    subscribe(listener) {
      const handler = (event: Event) => {
        const { key: changed, newValue } = event as StorageEvent;
        if (changed !== key || newValue === null) return;
        const data = parse(newValue);
        if (data !== undefined) listener(data);
      };
      target.addEventListener('storage', handler);
      return () => target.removeEventListener('storage', handler);
    },
    close() {},
  };
}

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The browser's best transport: BroadcastChannel, else `storage` events. */
export function defaultTransport(): Transport {
  if (typeof BroadcastChannel === 'function') return broadcastTransport(new BroadcastChannel(CHANNEL));
  return storageTransport(localStorage, window);
}

/** The last shared state kept in storage (unchecked), for a window that opens mid-session. */
export function readSavedState(storage: StorageLike | undefined = safeLocalStorage()): unknown {
  try {
    return parse(storage?.getItem(SYNC_KEY) ?? null);
  } catch {
    return undefined;
  }
}

function safeLocalStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Starts syncing: sends the current state if it is a local change (a start chosen in this window), then
 * every local change; adopts the other window's. Returns the stop function.
 */
export function startPresenterSync(transport: Transport = defaultTransport(), storage: StorageLike | undefined = safeLocalStorage()): () => void {
  const publish = (state: SyncState) => {
    if (!isLocalChange(state)) return;
    transport.send(state);
    try {
      storage?.setItem(SYNC_KEY, JSON.stringify(state));
    } catch {
      // Keeping a copy for late windows is best effort.
    }
  };
  const unsubscribe = transport.subscribe((data) => {
    receiveState(data);
  });
  publish($presenter.get());
  const unlisten = $presenter.listen(publish);
  return () => {
    unlisten();
    unsubscribe();
    transport.close();
  };
}

/** Storage key of the start of the day chosen by the trainer (« 09:00 »). */
export const DAY_START_KEY = 'parcours-chorus-pro:formateur:debut';

/** Restores the start of the day and keeps it saved; returns the stop function. */
export function persistDayStart(storage: StorageLike | undefined = safeLocalStorage()): () => void {
  try {
    const saved = storage?.getItem(DAY_START_KEY);
    const minutes = saved ? parseClock(saved) : null;
    if (minutes !== null) setDayStart(minutes);
  } catch {
    // Unreadable storage: the default start stays.
  }
  return $dayStart.listen((minutes) => {
    try {
      storage?.setItem(DAY_START_KEY, clockValue(minutes));
    } catch {
      // Best effort.
    }
  });
}
