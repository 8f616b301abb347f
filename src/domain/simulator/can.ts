/**
 * `can(world, event)`: would this event be accepted now? Screens use it to disable a button and show why.
 * It runs the same transition and keeps only the verdict, so a rule can never be enforced in one place and
 * forgotten in the other.
 */
import type { Event } from './events';
import type { Verdict } from '../result';
import type { Issue } from './issues';
import type { World } from './model';
import { transition } from './transition';

/** Allowed, or the issues of the refusal (the domain's verdict shape, ../result.ts). */
export type CanResult = Verdict<Issue>;

export function can(world: World, event: Event): CanResult {
  const { issues } = transition(world, event);
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}
