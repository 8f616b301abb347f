/**
 * A simulator: the portal's rules of the areas it is made of, as a value. `makeSimulator(areas)` joins the
 * core's handlers and messages (clock, session, fields, shared refusals) with the areas' own, and returns the
 * functions screens and runs call: `transition`, `can`, `message`, `act`. A page makes one from the areas its
 * screens use (so it downloads only their rules); the build and the tests use the full one (full.ts).
 * Nothing is registered anywhere: two simulators on one page do not see each other's rules.
 */
import type { Verdict } from '../result';
import type { Area, TimeRules } from './area';
import type { Event } from './events';
import type { Issue, IssueCode } from './issues';
import { messageFrom } from './messages';
import { coreMessages, type MessageTable } from './messages-core';
import type { World } from './model';
import { resolveEvent } from './scenario';
import { transitionWith, type Rules, type TransitionResult } from './transition';
import type { EventType, HandlerTable } from './transitions/handler-table';
import { coreHandlers } from './transitions/handlers-core';

/** Allowed, or the issues of the refusal (the domain's verdict shape, ../result.ts). */
export type CanResult = Verdict<Issue>;

/** Result of applying one learner event in a scenario. */
export interface StepOutcome extends TransitionResult {
  /** French messages for the issues, ready to show. */
  messages: string[];
}

export interface Simulator {
  /** The areas it was made with. */
  readonly areas: readonly Area[];
  /** Whether an event of this type has a handler here (the core's or an area's). */
  handles(type: EventType): boolean;
  /** Applies one event (transition.ts gives the contract). */
  transition(world: World, event: Event): TransitionResult;
  /** Applies events in order, skipping refused ones; returns the final world and every event's issues. */
  replay(world: World, events: readonly Event[]): { world: World; issues: Issue[][] };
  /**
   * Would this event be accepted now? Screens use it to disable a button and show why. It runs the same
   * transition and keeps only the verdict, so a rule can never be enforced in one place and forgotten in the other.
   */
  can(world: World, event: Event): CanResult;
  /** The French message of an issue, ready to show next to its field. */
  message(found: Issue): string;
  /** Whether a code has a message here (tests of the areas). */
  hasMessage(code: IssueCode): boolean;
  /** Applies a learner's event (placeholders resolved), never throwing, with the messages of its refusal. */
  act(world: World, event: Event): StepOutcome;
}

export function makeSimulator(areas: readonly Area[]): Simulator {
  const handlers: Partial<HandlerTable> = Object.assign({}, coreHandlers, ...areas.map((area) => area.handlers));
  const messages: MessageTable = Object.assign({}, coreMessages, ...areas.map((area) => area.messages));
  const timeRules: TimeRules = Object.fromEntries(areas.flatMap((area) => (area.timeRule ? [[area.id, area.timeRule]] : [])));
  const rules: Rules = { handlers, timeRules };
  const transition = (world: World, event: Event) => transitionWith(rules, world, event);
  const message = (found: Issue) => messageFrom(messages, found);
  return {
    areas,
    handles: (type) => type in handlers,
    transition,
    replay(world, events) {
      let current = world;
      const issues: Issue[][] = [];
      for (const event of events) {
        const result = transition(current, event);
        current = result.world;
        issues.push(result.issues);
      }
      return { world: current, issues };
    },
    can(world, event) {
      const { issues } = transition(world, event);
      return issues.length === 0 ? { ok: true } : { ok: false, issues };
    },
    message,
    hasMessage: (code) => code in messages,
    act(world, event) {
      const result = transition(world, resolveEvent(world, event));
      return { ...result, messages: result.issues.map(message) };
    },
  };
}
