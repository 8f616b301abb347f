/** Every area of the simulator: the build and the tests run with all of them (a page, with its own). */
import type { IssueCode } from '../issues';
import type { coreMessages } from '../messages-core';
import type { EventType } from '../transitions/handler-table';
import type { coreHandlers } from '../transitions/handlers-core';
import { accountsArea } from './accounts';
import { helpArea } from './help';
import { invoicesArea } from './invoices';
import { validationArea } from './validation';
import { worksArea } from './works';

export { accountsArea, helpArea, invoicesArea, validationArea, worksArea };

export const ALL_AREAS = [accountsArea, invoicesArea, validationArea, helpArea, worksArea] as const;

/** The keys of one table of each area (distributed over the areas). */
type KeysOf<A, Table extends 'handlers' | 'messages'> = A extends { readonly [T in Table]: infer X } ? keyof X : never;
type Area = (typeof ALL_AREAS)[number];
type Unhandled = Exclude<EventType, keyof typeof coreHandlers | KeysOf<Area, 'handlers'>>;
type Unworded = Exclude<IssueCode, keyof typeof coreMessages | KeysOf<Area, 'messages'>>;

/**
 * The full simulator handles every event and words every issue: an event or an issue code that neither the core
 * nor any area covers makes this line a type error that names it.
 */
export const ALL_COVERED: [Unhandled, Unworded] extends [never, never] ? true : { unhandled: Unhandled; unworded: Unworded } = true;
