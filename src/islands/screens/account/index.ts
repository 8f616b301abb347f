import { accountHandlers, accountMessages, registerHandlers, registerMessages } from '../../../domain/simulator/core';
import type { EagerScreen, ScreenId } from '../types';
import { CreateStructureScreen, MyAccountScreen, RattachementScreen, SubscriptionScreen } from './account';
import { MailboxScreen } from './mailbox';
import { EspacesScreen, ManagerHomeScreen, RequestsScreen, StructureScreen } from './manager';
import { AccountCreatedScreen, CodeScreen, CreateAccountScreen, LoginScreen } from './session';

// The rules these screens can trigger; other areas' rules stay out of the page.
registerHandlers(accountHandlers);
registerMessages(accountMessages);

/** Screens of accounts, login, « Mon compte » and « Activités du gestionnaire » (`compte/…`, `gestion/…`). */
export const accountScreens: Readonly<Record<ScreenId, EagerScreen>> = {
  'compte/accueil': { title: 'Accueil — Se connecter', component: LoginScreen },
  'compte/code': { title: 'Code de vérification', component: CodeScreen },
  'compte/creation': { title: 'Créer un compte', component: CreateAccountScreen },
  'compte/compte-cree': { title: 'Compte créé', component: AccountCreatedScreen },
  'compte/messagerie': { title: 'Messagerie (simulée)', component: MailboxScreen },
  'compte/mon-compte': { title: 'Mon compte', component: MyAccountScreen },
  'compte/rattachement': { title: 'Demander un rattachement à une structure', component: RattachementScreen },
  'compte/abonnement': { title: 'Ajouter un abonnement', component: SubscriptionScreen },
  'compte/structure-creation': { title: 'Créer ma structure', component: CreateStructureScreen },
  'gestion/accueil': { title: 'Activités du gestionnaire — Mes structures', component: ManagerHomeScreen },
  'gestion/structure': { title: 'Modification de la structure', component: StructureScreen },
  'gestion/espaces': { title: 'Ajouter des espaces', component: EspacesScreen },
  'gestion/demandes': { title: 'Demandes de rattachement', component: RequestsScreen },
};

/** The ids of the account screens, for scenario checks and tests. */
export const ACCOUNT_SCREEN_IDS = Object.keys(accountScreens);
