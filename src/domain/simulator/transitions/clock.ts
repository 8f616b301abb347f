/** Simulated time: « Faire avancer le temps » and the routing Chorus Pro does as time passes. */
import { issue, type Issue } from '../issues';
import type { ClockAdvance } from '../events';
import { ROUTING_MINUTES, type World } from '../model';
import type { Ctx } from './context';
import { setStatus } from './lifecycle';
import { expireValidations } from './validation';

/** Statuses from which Chorus Pro routes an invoice to its recipient: deposited, or validated by the valideur (A9 / A12). */
const TO_ROUTE = new Set(['DEPOSEE', 'VALIDEE_1', 'ABSENCE_VALIDATION_1_HORS_DELAI']);

/** One simulated year is the longest single jump: enough for every scenario, and keeps the clock sane. */
const MAX_ADVANCE_MINUTES = 366 * 24 * 60;

/** Routes deposited invoices whose delay has passed, dating each step when it would have happened. */
function route(w: World): void {
  for (const invoice of Object.values(w.invoices)) {
    if (TO_ROUTE.has(invoice.status) && w.now - invoice.statusSince >= ROUTING_MINUTES.toAcheminement) {
      setStatus(w, invoice, 'EN_COURS_ACHEMINEMENT', 'systeme', '', invoice.statusSince + ROUTING_MINUTES.toAcheminement);
    }
    if (invoice.status === 'EN_COURS_ACHEMINEMENT' && w.now - invoice.statusSince >= ROUTING_MINUTES.toMiseADisposition) {
      setStatus(w, invoice, 'MISE_A_DISPOSITION', 'systeme', '', invoice.statusSince + ROUTING_MINUTES.toMiseADisposition);
    }
  }
}

/**
 * Moves the clock: the core routes invoices and expires validations, then each area's time rule runs (« Factures
 * de travaux »: routing of pieces, tacit validation, réputé accepté), kept out of the core so that other pages
 * do not download it.
 */
export function advanceClock({ w, timeRules }: Ctx, e: ClockAdvance): Issue[] {
  if (!Number.isSafeInteger(e.minutes) || e.minutes <= 0 || e.minutes > MAX_ADVANCE_MINUTES) {
    return [issue('clock.minutes', 'minutes', { max: MAX_ADVANCE_MINUTES })];
  }
  // A bug of the page, not of input: its world has works pieces that would silently stop moving.
  if (w.works && !timeRules.works) throw new Error('advanceClock: a world with works pieces needs a simulator with the works area');
  w.now += e.minutes;
  expireValidations(w);
  route(w);
  for (const rule of Object.values(timeRules)) rule?.(w);
  return [];
}

