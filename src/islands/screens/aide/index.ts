import { accountMessages, helpHandlers, helpMessages, registerHandlers, registerMessages } from '../../../domain/simulator/core';
import { activateAccount, resendActivation } from '../../../domain/simulator/transitions/registration';
import type { ScreenRegistry } from '../types';
import { ClaudiaScreen } from './claudia';
import { AgentScreen, ContactScreen, TicketScreen } from './contact';

// The rules these screens can trigger: help, and the two account rules ClaudIA hands over to (a new
// activation link, the activation from the mailbox) — the same functions the account area registers, taken
// alone so that the page does not load the other account and invoice rules.
registerHandlers(helpHandlers);
registerHandlers({ 'account.activate': activateAccount, 'account.resendActivation': resendActivation });
registerMessages(accountMessages);
registerMessages(helpMessages);

/** « Support » → « Nous contacter » (`aide/…`), with the mailbox a new activation link arrives in. */
export const helpScreens: ScreenRegistry = {
  'aide/nous-contacter': { title: 'Nous contacter', component: ContactScreen },
  'aide/claudia': { title: 'ClaudIA — assistante virtuelle', component: ClaudiaScreen },
  'aide/agent': { title: 'Echanger en ligne avec un agent', component: AgentScreen },
  'aide/sollicitation': { title: "Envoyer une demande d'aide au support", component: TicketScreen },
  'compte/messagerie': { title: 'Messagerie (simulée)', load: () => import('../account/mailbox').then((m) => m.MailboxScreen) },
};

/** The ids of the help screens, for scenario checks and tests. */
export const HELP_SCREEN_IDS = Object.keys(helpScreens);
