import { invoiceHandlers, invoiceMessages, registerHandlers, registerMessages } from '../../../domain/simulator/core';
import type { ScreenRegistry } from '../types';
import { DetailScreen } from './detail';
import { SaisieScreen } from './saisie';
import { RechercheScreen, TableauDeBordScreen } from './suivi';
import { SyntheseScreen } from './synthese';

// The rules these screens can trigger; other areas' rules stay out of the page.
registerHandlers(invoiceHandlers);
registerMessages(invoiceMessages);

/** Screens of the « Factures émises » espace (`factures/…`). */
export const invoiceScreens: ScreenRegistry = {
  'factures/synthese': { title: 'Synthèse', component: SyntheseScreen },
  'factures/saisie': { title: 'Saisir une facture', component: SaisieScreen },
  'factures/detail': { title: 'Détail de la facture', component: DetailScreen },
  'factures/tableau-de-bord': { title: 'Tableau de bord', component: TableauDeBordScreen },
  'factures/recherche': { title: 'Recherche', component: RechercheScreen },
};

/** The ids of the invoice screens, for scenario checks and tests. */
export const INVOICE_SCREEN_IDS = Object.keys(invoiceScreens);
