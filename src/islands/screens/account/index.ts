import { accountHandlers, accountMessages, registerHandlers, registerMessages } from '../../../domain/simulator/core';
import type { ScreenRegistry } from '../types';
import { CreateStructureScreen, MyAccountScreen, RattachementScreen, SubscriptionScreen } from './account';
import { AccountCreatedScreen, CodeScreen, CreateAccountScreen, LoginScreen } from './session';

// The rules these screens can trigger; other areas' rules stay out of the page.
registerHandlers(accountHandlers);
registerMessages(accountMessages);

/**
 * Screens of accounts, login, « Mon compte » and « Activités du gestionnaire » (`compte/…`, `gestion/…`). The
 * gestionnaire's screens, which exercises reach from « Mon compte », and the mailbox load when first opened (see
 * lazy.ts).
 */
export const accountScreens: ScreenRegistry = {
  'compte/accueil': { title: 'Accueil — Se connecter', component: LoginScreen },
  'compte/code': { title: 'Code de vérification', component: CodeScreen },
  'compte/creation': { title: 'Créer un compte', component: CreateAccountScreen },
  'compte/compte-cree': { title: 'Compte créé', component: AccountCreatedScreen },
  'compte/messagerie': { title: 'Messagerie (simulée)', load: () => import('./mailbox').then((m) => m.MailboxScreen) },
  'compte/mon-compte': { title: 'Mon compte', component: MyAccountScreen },
  'compte/rattachement': { title: 'Demander un rattachement à une structure', component: RattachementScreen },
  'compte/abonnement': { title: 'Ajouter un abonnement', component: SubscriptionScreen },
  'compte/structure-creation': { title: 'Créer ma structure', component: CreateStructureScreen },
  'gestion/accueil': { title: 'Activités du gestionnaire — Mes structures', load: () => import('./manager').then((m) => m.ManagerHomeScreen) },
  'gestion/structure': { title: 'Modification de la structure', load: () => import('./manager').then((m) => m.StructureScreen) },
  'gestion/espaces': { title: 'Ajouter des espaces', load: () => import('./manager').then((m) => m.EspacesScreen) },
  'gestion/demandes': { title: 'Demandes de rattachement', load: () => import('./manager').then((m) => m.RequestsScreen) },
};

/** The ids of the account screens, for scenario checks and tests. */
export const ACCOUNT_SCREEN_IDS = Object.keys(accountScreens);
