/**
 * The one way a World changes: `transition(world, event) → { world, issues, effects }`.
 *
 * The world passed in is never modified. When the event breaks a rule, the result carries the issues and
 * the very same world object (so `result.world === world` tells a screen nothing happened) — with one
 * deliberate exception: a wrong password is counted by the portal, so that failure returns a new world.
 * An accepted event's `effects` say what it created (the id of a brouillon, a piece, a request), so that a
 * screen opens it without guessing; a refused event has none.
 * Learner input never makes it throw; a throw is a bug in the simulator.
 */
import type { Effect } from './effects';
import type { Event } from './events';
import { issue, type Issue } from './issues';
import type { World } from './model';
import { rejectionPopup } from './queries';
import type { HandlerTable } from './transitions/handler-table';
import { coreHandlers } from './transitions/handlers-core';
import type { Ctx } from './transitions/context';

export interface TransitionResult {
  world: World;
  /** Empty when the event was applied. */
  issues: Issue[];
  /** What the applied event created; empty when it was refused. */
  effects: Effect[];
}

/**
 * The handlers in use, by event type. The core (clock, session) is always there; each area of the portal
 * registers its own table (`registerHandlers`): the full simulator (`index.ts`) registers them all, while a
 * page of the course registers only the area its screens use, so it does not download the others' rules.
 */
const handlers: Partial<HandlerTable> = { ...coreHandlers };

/** Adds an area's handlers (idempotent). */
export function registerHandlers(table: Partial<HandlerTable>): void {
  Object.assign(handlers, table);
}

/** Routes an event to its handler. An event of an area nobody registered is a bug of the page, not of input. */
function apply(ctx: Ctx, event: Event): Issue[] {
  const handler = handlers[event.type] as ((ctx: Ctx, event: Event) => Issue[]) | undefined;
  if (!handler) throw new Error(`transition: no handler registered for ${JSON.stringify(event.type)}`);
  return handler(ctx, event);
}

/**
 * Events a logged-in user may still send while the rejection pop-up is mandatory (after 7 days): acknowledge,
 * leave, and the moves that are not the user's (time, public side).
 */
function allowedUnderMandatoryPopup(event: Event): boolean {
  return (
    event.type === 'invoice.acknowledge' ||
    event.type === 'session.logout' ||
    event.type === 'clock.advance' ||
    event.type.startsWith('public.') ||
    event.type.startsWith('account.') ||
    event.type === 'session.login'
  );
}

/** Applies one event. See the file comment for the contract. */
export function transition(world: World, event: Event): TransitionResult {
  if (world.session?.stage === 'open' && !allowedUnderMandatoryPopup(event) && rejectionPopup(world).mandatory) {
    return { world, issues: [issue('session.popupMandatory', '')], effects: [] };
  }
  const ctx: Ctx = { w: structuredClone(world), keep: false, effects: [] };
  const issues = apply(ctx, event);
  if (issues.length > 0) return { world: ctx.keep ? ctx.w : world, issues, effects: [] };
  return { world: ctx.w, issues, effects: ctx.effects };
}

/** Applies events in order, skipping refused ones; returns the final world and every event's issues. */
export function replay(world: World, events: readonly Event[]): { world: World; issues: Issue[][] } {
  let current = world;
  const issues: Issue[][] = [];
  for (const event of events) {
    const result = transition(current, event);
    current = result.world;
    issues.push(result.issues);
  }
  return { world: current, issues };
}
