/**
 * An area of the portal as the simulator sees it: the events its screens can send (their handlers), the
 * messages of the refusals those handlers can produce, and what the passing of time does there. A page hands
 * the areas its screens use to `makeSimulator` (simulator.ts), so that it downloads only their rules; the
 * build and the tests use every area (`ALL_AREAS`, areas/index.ts).
 */
import type { MessageTable } from './messages-core';
import type { World } from './model';
import type { HandlerTable } from './transitions/handler-table';

export type AreaId = 'accounts' | 'invoices' | 'validation' | 'help' | 'works';

/** What the passing of time does in an area (run by « Faire avancer le temps » after the core's routing). */
export type TimeRule = (w: World) => void;

/** The time rules of a simulator's areas, by area. */
export type TimeRules = Readonly<Partial<Record<AreaId, TimeRule>>>;

export interface Area {
  readonly id: AreaId;
  /** The events of the area, with their handlers (the core's — clock, logout, pop-up — are always there). */
  readonly handlers: Partial<HandlerTable>;
  /** Messages of the refusals the area's handlers produce beyond the core's (messages-core.ts). */
  readonly messages: MessageTable;
  readonly timeRule?: TimeRule | undefined;
}

/** An area value, checked against the shape (`satisfies` keeps the literal types of its tables). */
export function defineSimulatorArea<const A extends Area>(area: A): A {
  return area;
}
