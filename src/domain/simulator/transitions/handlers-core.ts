import { dismissPopup, login, logout, resendCode, verifyCode } from './account';
import type { HandlerTable } from './handler-table';
import { advanceClock } from './clock';

/** Time and session: every area needs them. */
export const coreHandlers = {
  'clock.advance': advanceClock,
  'session.login': login,
  'session.verifyCode': verifyCode,
  'session.resendCode': (ctx) => resendCode(ctx),
  'session.logout': (ctx) => logout(ctx),
  'session.dismissPopup': dismissPopup,
} satisfies Partial<HandlerTable>;

