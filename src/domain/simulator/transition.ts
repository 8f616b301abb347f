/**
 * The one way a World changes: `transition(world, event) → { world, issues, effects }` (a simulator's, see
 * simulator.ts, which runs `transitionWith` with the rules of its areas).
 *
 * The world passed in is never modified. When the event breaks a rule, the result carries the issues and
 * the very same world object (so `result.world === world` tells a screen nothing happened) — with one
 * deliberate exception: a wrong password is counted by the portal, so that failure returns a new world.
 * An accepted event's `effects` say what it created (the id of a brouillon, a piece, a request), so that a
 * screen opens it without guessing; a refused event has none.
 * Learner input never makes it throw; a throw is a bug in the simulator.
 */
import type { TimeRules } from './area';
import type { Effect } from './effects';
import type { Event } from './events';
import { issue, type Issue } from './issues';
import type { World } from './model';
import { rejectionPopup } from './queries';
import type { HandlerTable } from './transitions/handler-table';
import type { Ctx } from './transitions/context';

export interface TransitionResult {
  world: World;
  /** Empty when the event was applied. */
  issues: Issue[];
  /** What the applied event created; empty when it was refused. */
  effects: Effect[];
}

/**
 * The rules a transition runs with: the handlers by event type and the areas' time rules. A simulator
 * (simulator.ts) builds them from the areas it is made of; nothing is registered anywhere.
 */
export interface Rules {
  readonly handlers: Partial<HandlerTable>;
  readonly timeRules: TimeRules;
}

/** Routes an event to its handler. An event of an area the page did not bring is a bug of the page, not of input. */
function apply(rules: Rules, ctx: Ctx, event: Event): Issue[] {
  const handler = rules.handlers[event.type] as ((ctx: Ctx, event: Event) => Issue[]) | undefined;
  if (!handler) throw new Error(`transition: no area of this simulator handles ${JSON.stringify(event.type)}`);
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

/** Applies one event with these rules. See the file comment for the contract. */
export function transitionWith(rules: Rules, world: World, event: Event): TransitionResult {
  if (world.session?.stage === 'open' && !allowedUnderMandatoryPopup(event) && rejectionPopup(world).mandatory) {
    return { world, issues: [issue('session.popupMandatory', '')], effects: [] };
  }
  const ctx: Ctx = { w: structuredClone(world), keep: false, effects: [], timeRules: rules.timeRules };
  const issues = apply(rules, ctx, event);
  if (issues.length > 0) return { world: ctx.keep ? ctx.w : world, issues, effects: [] };
  return { world: ctx.w, issues, effects: ctx.effects };
}
