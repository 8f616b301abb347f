import { helpArea } from '../../../domain/simulator/areas/help';
import { defineArea, section, type Registry } from '../area';
import { ClaudiaScreen } from './claudia';
import { AgentScreen, ContactScreen, TicketScreen } from './contact';

/** « Support » → « Nous contacter » (`aide/…`). */
export const helpScreens = {
  'aide/nous-contacter': { title: 'Nous contacter', component: ContactScreen },
  'aide/claudia': { title: 'ClaudIA — assistante virtuelle', component: ClaudiaScreen },
  'aide/agent': { title: 'Echanger en ligne avec un agent', component: AgentScreen },
  'aide/sollicitation': { title: "Envoyer une demande d'aide au support", component: TicketScreen },
} satisfies Registry;

/** The mailbox a new activation link arrives in (the help pages carry it alone, not the other account screens). */
export const helpMailboxScreens = {
  'compte/messagerie': { title: 'Messagerie (simulée)', load: () => import('../account/mailbox').then((m) => m.MailboxScreen) },
} satisfies Registry;

/**
 * The help area: « Support », in the menu and the breadcrumb whoever is logged in, and the mailbox (named « Mon
 * compte » in the breadcrumb, as with the account screens, and not in the menu: its « Mon compte » is not here).
 */
export const aideArea = defineArea(helpArea, [
  section({ label: 'Support', screens: helpScreens, menu: { home: 'aide/nous-contacter', label: 'Support — Nous contacter', shown: () => true }, public: true }),
  section({ label: 'Mon compte', screens: helpMailboxScreens }),
]);
