import { accountsArea } from '../../../domain/simulator/areas/accounts';
import { defineArea, loggedIn, managesAStructure, section, type Registry } from '../area';
import { CreateStructureScreen, MyAccountScreen, RattachementScreen, SubscriptionScreen } from './account';
import { AccountCreatedScreen, CodeScreen, CreateAccountScreen, LoginScreen } from './session';

/**
 * Screens of accounts, login and « Mon compte » (`compte/…`). The mailbox loads when first opened (see lazy.ts).
 */
export const accountScreens = {
  'compte/accueil': { title: 'Accueil — Se connecter', component: LoginScreen },
  'compte/code': { title: 'Code de vérification', component: CodeScreen },
  'compte/creation': { title: 'Créer un compte', component: CreateAccountScreen },
  'compte/compte-cree': { title: 'Compte créé', component: AccountCreatedScreen },
  'compte/messagerie': { title: 'Messagerie (simulée)', load: () => import('./mailbox').then((m) => m.MailboxScreen) },
  'compte/mon-compte': { title: 'Mon compte', component: MyAccountScreen },
  'compte/rattachement': { title: 'Demander un rattachement à une structure', component: RattachementScreen },
  'compte/abonnement': { title: 'Ajouter un abonnement', component: SubscriptionScreen },
  'compte/structure-creation': { title: 'Créer ma structure', component: CreateStructureScreen },
} satisfies Registry;

/** « Activités du gestionnaire » (`gestion/…`), which exercises reach from « Mon compte »: loaded when first opened. */
export const managerScreens = {
  'gestion/accueil': { title: 'Activités du gestionnaire — Mes structures', load: () => import('./manager').then((m) => m.ManagerHomeScreen) },
  'gestion/structure': { title: 'Modification de la structure', load: () => import('./manager').then((m) => m.StructureScreen) },
  'gestion/espaces': { title: 'Ajouter des espaces', load: () => import('./manager').then((m) => m.EspacesScreen) },
  'gestion/demandes': { title: 'Demandes de rattachement', load: () => import('./manager').then((m) => m.RequestsScreen) },
} satisfies Registry;

/** The accounts area: « Mon compte » for any logged-in user, the gestionnaire's activities for a gestionnaire principal. */
export const accountArea = defineArea(accountsArea, [
  section({ label: 'Mon compte', screens: accountScreens, menu: { home: 'compte/mon-compte', shown: loggedIn } }),
  section({ label: 'Activités du gestionnaire', screens: managerScreens, menu: { home: 'gestion/accueil', shown: managesAStructure } }),
]);
