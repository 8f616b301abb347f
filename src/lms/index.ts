/**
 * The LMS link (no UI): find the API, wrap it in the adapter of its version. The shell uses `connect()`;
 * with `null` (no LMS) it runs the embedded LMS (embedded.ts, scorm-again kept in localStorage) through the
 * same SCORM 1.2 adapter. The adapters share one implementation (adapter.ts) over a per-version dialect.
 */
import { findApi, type DiscoveredApi, type DiscoveryOptions, type WindowLike } from './discovery';
import { Scorm12Adapter } from './scorm12';
import { Scorm2004Adapter } from './scorm2004';
import type { TrackingPort } from './tracking-port';

/** The adapter for an API found by discovery (or an embedded one). */
export function adapterFor(found: DiscoveredApi): TrackingPort {
  return found.version === '2004' ? new Scorm2004Adapter(found.api) : new Scorm12Adapter(found.api);
}

/** Finds the LMS around `start` and returns its adapter, or `null` when there is no LMS. */
export function connect(start: WindowLike, options?: DiscoveryOptions): TrackingPort | null {
  const found = findApi(start, options);
  return found ? adapterFor(found) : null;
}

export * from './tracking-port';
export { findApi, searchOrder, MAX_DISCOVERY_LEVELS, type DiscoveredApi, type DiscoveryOptions, type Scorm12Api, type Scorm2004Api, type WindowLike } from './discovery';
export { Scorm12Adapter, statusFrom12 } from './scorm12';
export { Scorm2004Adapter } from './scorm2004';
export { CmiAdapter, type Dialect } from './adapter';
export * from './interactions';
export * from './mapping';
export * from './time';
export { check12, check2004 } from './formats';
export type { CmiValue } from './session';
