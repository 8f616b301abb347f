/**
 * The one way a World changes: `transition(world, event) → { world, issues }`.
 *
 * The world passed in is never modified. When the event breaks a rule, the result carries the issues and
 * the very same world object (so `result.world === world` tells a screen nothing happened) — with one
 * deliberate exception: a wrong password is counted by the portal, so that failure returns a new world.
 * Learner input never makes it throw; a throw is a bug in the simulator.
 */
import type { Event } from './events';
import { issue, type Issue } from './issues';
import type { World } from './model';
import { rejectionPopup } from './queries';
import { activateAccount, createAccount, dismissPopup, login, logout, resendActivation, resendCode, verifyCode } from './transitions/account';
import type { Ctx } from './transitions/context';
import {
  acknowledgeInvoices,
  cancelSubmit,
  completeInvoice,
  confirmInvoice,
  deleteInvoice,
  handleRejection,
  recycleInvoice,
  saveInvoice,
  submitInvoice,
} from './transitions/invoice';
import { advanceClock, publicAdvance, publicRecycle, publicReject, publicSuspend } from './transitions/public';
import {
  addBankAccount,
  createService,
  createStructure,
  openEspace,
  refuseRattachement,
  requestRattachement,
  setServiceActive,
  subscribeEspace,
  validateRattachement,
} from './transitions/structure';

export interface TransitionResult {
  world: World;
  /** Empty when the event was applied. */
  issues: Issue[];
}

/** Routes an event to its handler; the `never` default makes a new event type a compile error until handled. */
function apply(ctx: Ctx, event: Event): Issue[] {
  switch (event.type) {
    case 'clock.advance': return advanceClock(ctx, event);
    case 'account.create': return createAccount(ctx, event);
    case 'account.activate': return activateAccount(ctx, event);
    case 'account.resendActivation': return resendActivation(ctx, event);
    case 'session.login': return login(ctx, event);
    case 'session.verifyCode': return verifyCode(ctx, event);
    case 'session.resendCode': return resendCode(ctx);
    case 'session.logout': return logout(ctx);
    case 'session.dismissPopup': return dismissPopup(ctx, event);
    case 'structure.create': return createStructure(ctx, event);
    case 'rattachement.request': return requestRattachement(ctx, event);
    case 'rattachement.validate': return validateRattachement(ctx, event);
    case 'rattachement.refuse': return refuseRattachement(ctx, event);
    case 'service.create': return createService(ctx, event);
    case 'service.setActive': return setServiceActive(ctx, event);
    case 'bank.add': return addBankAccount(ctx, event);
    case 'espace.open': return openEspace(ctx, event);
    case 'espace.subscribe': return subscribeEspace(ctx, event);
    case 'invoice.save': return saveInvoice(ctx, event);
    case 'invoice.delete': return deleteInvoice(ctx, event);
    case 'invoice.submit': return submitInvoice(ctx, event);
    case 'invoice.cancelSubmit': return cancelSubmit(ctx, event);
    case 'invoice.confirm': return confirmInvoice(ctx, event);
    case 'invoice.recycle': return recycleInvoice(ctx, event);
    case 'invoice.complete': return completeInvoice(ctx, event);
    case 'invoice.acknowledge': return acknowledgeInvoices(ctx, event);
    case 'invoice.handleRejection': return handleRejection(ctx, event);
    case 'public.advance': return publicAdvance(ctx, event);
    case 'public.recycle': return publicRecycle(ctx, event);
    case 'public.suspend': return publicSuspend(ctx, event);
    case 'public.reject': return publicReject(ctx, event);
    default: {
      const unknown: never = event;
      throw new Error(`transition: unknown event ${JSON.stringify(unknown)}`);
    }
  }
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
    return { world, issues: [issue('session.popupMandatory', '')] };
  }
  const ctx: Ctx = { w: structuredClone(world), keep: false };
  const issues = apply(ctx, event);
  if (issues.length > 0 && !ctx.keep) return { world, issues };
  return { world: ctx.w, issues };
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
