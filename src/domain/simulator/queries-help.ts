/** Read-only views of « Sollicitations émises »: the tickets the logged-in user sent, by list. */
import type { Ticket, TicketStatus, World } from './model';

/** The labels of the lists the simulation fills (the portal's other two are never reached, see `TicketStatus`). */
export const TICKET_STATUS_LABELS: Readonly<Record<TicketStatus, string>> = {
  enCours: 'En cours',
  cloture: 'Clôturés',
};

/**
 * The tickets the logged-in user sent while connected, newest first, split by list; both empty when nobody
 * is logged in (a ticket sent from the non-connected form is followed by its number only).
 */
export function sentTickets(world: World): Record<TicketStatus, Ticket[]> {
  const lists: Record<TicketStatus, Ticket[]> = { enCours: [], cloture: [] };
  const session = world.session;
  if (session?.stage !== 'open') return lists;
  for (const ticket of [...(world.help?.tickets ?? [])].reverse()) if (ticket.userId === session.userId) lists[ticket.status].push(ticket);
  return lists;
}
