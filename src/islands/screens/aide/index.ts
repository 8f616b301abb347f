import { accountHandlers, accountMessages, helpHandlers, helpMessages, registerHandlers, registerMessages } from '../../../domain/simulator/core';
import { LoginScreen } from '../account/session';
import { MailboxScreen } from '../account/mailbox';
import type { ScreenRegistry } from '../types';
import { ClaudiaScreen } from './claudia';
import { AgentScreen, ContactScreen, TicketScreen } from './contact';

// The rules these screens can trigger: help, and the account rules ClaudIA hands over to (a new activation
// link, the activation itself from the mailbox, logging in). Invoice rules stay out of the page.
registerHandlers(accountHandlers);
registerHandlers(helpHandlers);
registerMessages(accountMessages);
registerMessages(helpMessages);

/** « Support » → « Nous contacter » (`aide/…`), with the login page and the mailbox they lead to. */
export const helpScreens: ScreenRegistry = {
  'aide/nous-contacter': { title: 'Nous contacter', component: ContactScreen },
  'aide/claudia': { title: 'ClaudIA — assistante virtuelle', component: ClaudiaScreen },
  'aide/agent': { title: 'Echanger en ligne avec un agent', component: AgentScreen },
  'aide/sollicitation': { title: "Envoyer une demande d'aide au support", component: TicketScreen },
  'compte/accueil': { title: 'Accueil — Se connecter', component: LoginScreen },
  'compte/messagerie': { title: 'Messagerie (simulée)', component: MailboxScreen },
};

/** The ids of the help screens, for scenario checks and tests. */
export const HELP_SCREEN_IDS = Object.keys(helpScreens);
