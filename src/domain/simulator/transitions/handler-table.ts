/** The shape of an event handler table, by event type. */
import type { Event } from '../events';
import type { Issue } from '../issues';
import type { Ctx } from './context';

export type EventType = Event['type'];
export type HandlerTable = { [K in EventType]: (ctx: Ctx, event: Extract<Event, { type: K }>) => Issue[] };
