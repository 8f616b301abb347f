/**
 * Leaving the session and the rejection pop-up shown after login: every area needs them. Logging in is in
 * `login.ts`; account creation and activation in `registration.ts`.
 */
import { issue, type Issue } from '../issues';
import type { SessionDismissPopup } from '../events';
import { rejectionPopup } from '../queries';
import type { Ctx } from './context';

export function logout({ w }: Ctx): Issue[] {
  if (!w.session) return [issue('session.required', '')];
  w.session = null;
  return [];
}

export function dismissPopup({ w }: Ctx, _e: SessionDismissPopup): Issue[] {
  if (!w.session || w.session.stage !== 'open') return [issue('session.required', '')];
  const popup = rejectionPopup(w);
  if (popup.invoices.length === 0) return [issue('invoice.nothingToAcknowledge', '')];
  if (popup.mandatory) return [issue('session.popupMandatory', '')];
  w.session.popupDismissed = true;
  return [];
}
