/**
 * Event handlers grouped by area of the portal, one module per area so that a page's bundle holds only the
 * rules its screens can trigger. `allHandlers` must cover every event type: a new event does not compile until
 * it has a handler.
 */
import { accountHandlers } from './handlers-account';
import { coreHandlers } from './handlers-core';
import { invoiceHandlers } from './handlers-invoice';
import { validationHandlers } from './handlers-validation';
import { helpHandlers } from './handlers-help';
import { worksHandlers } from './handlers-works';
import type { HandlerTable } from './handler-table';

export type { EventType, HandlerTable } from './handler-table';
export { accountHandlers, coreHandlers, invoiceHandlers, validationHandlers, helpHandlers, worksHandlers };

/** Every handler: the full simulator (build-time checks, tests). */
export const allHandlers: HandlerTable = { ...coreHandlers, ...accountHandlers, ...invoiceHandlers, ...validationHandlers, ...helpHandlers, ...worksHandlers };
