/**
 * « Support » → « Nous contacter » in the World: the ClaudIA conversation, the live agent and the sollicitations
 * (tickets) sent to the support, kept in `World.help` (absent until used).
 */
import type { Minutes } from './rules/dates';
import type { UserId } from './model';

/** One question put to ClaudIA and the intent she recognised (an id of src/domain/help/claudia.ts). */
export interface HelpExchange {
  /** As typed, trimmed (at most 200 characters). */
  question: string;
  intent: string;
  at: Minutes;
}

/**
 * The lists of « Sollicitations émises » a ticket can be in. The portal has four (facts §6: « Actions
 * requises », « En cours », « Clôturés », « Brouillons »); the simulation keeps the two a learner reaches on
 * their own: a sent ticket is « En cours » until its sender closes it (« Clôturés »). « Actions requises »
 * needs the support or the public structure to ask for more information, and « Brouillons » a form saved
 * unsent: neither is simulated, so no ticket is ever shown in them.
 */
export type TicketStatus = 'enCours' | 'cloture';

/** A sollicitation (ticket) sent with the « Envoyer une demande d'aide au support » form. */
export interface Ticket {
  /** Shown on the confirmation, e.g. `SOL-2026-000012`. */
  number: string;
  category: string;
  subCategory: string;
  email: string;
  title: string;
  description: string;
  at: Minutes;
  /**
   * The user who sent it while logged in; null for the non-connected form (for users who cannot log in),
   * whose ticket is followed by its number only.
   */
  userId: UserId | null;
  routing: 'support' | 'serviceMetier';
  /** Which list of « Sollicitations émises » shows it (see `TicketStatus`). */
  status: TicketStatus;
  /** When its sender closed it, null while it is in progress. */
  closedAt: Minutes | null;
}

export interface HelpState {
  /** The last questions put to ClaudIA (the oldest dropped beyond 20). */
  conversation: HelpExchange[];
  /** When the learner last reached a live agent, null if never. */
  agentAt: Minutes | null;
  tickets: Ticket[];
}
