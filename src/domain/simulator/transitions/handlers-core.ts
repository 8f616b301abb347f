import { dismissPopup, logout } from './account';
import type { HandlerTable } from './handler-table';
import { advanceClock } from './clock';

/** Time, logging out and the rejection pop-up: every area needs them. */
export const coreHandlers = {
  'clock.advance': advanceClock,
  'session.logout': (ctx) => logout(ctx),
  'session.dismissPopup': dismissPopup,
} satisfies Partial<HandlerTable>;

