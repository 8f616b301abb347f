import type { HandlerTable } from './handler-table';
import { ask, closeTicket, contactAgent, submitTicket } from './help';

/** « Support » → « Nous contacter »: ClaudIA, the live agent, the sollicitation form (`aide/…` screens). */
export const helpHandlers = {
  'help.ask': ask,
  'help.agent': contactAgent,
  'help.ticketSubmit': submitTicket,
  'help.ticketClose': closeTicket,
} satisfies Partial<HandlerTable>;
