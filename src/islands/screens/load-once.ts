/**
 * A chunk fetched once per page, whichever island asks first: later calls share the same promise, and a failed
 * fetch (network, LMS hiccup) is forgotten so that the next call tries again. Keyed by the loader function, which
 * its owner defines once (a screen registry entry, a frame part).
 */
const loaded = new Map<() => Promise<unknown>, unknown>();
const pending = new Map<() => Promise<unknown>, Promise<unknown>>();

/** What `loader` gave, when it has already settled successfully; undefined before. */
export function loadedBy<T>(loader: () => Promise<T>): T | undefined {
  return loaded.get(loader) as T | undefined;
}

/** Runs `loader` the first time and returns the same promise to every later caller until it fails. */
export function loadOnce<T>(loader: () => Promise<T>): Promise<T> {
  let promise = pending.get(loader) as Promise<T> | undefined;
  if (!promise) {
    promise = loader().then(
      (value) => {
        loaded.set(loader, value);
        return value;
      },
      (error: unknown) => {
        pending.delete(loader);
        throw error;
      },
    );
    pending.set(loader, promise);
  }
  return promise;
}
