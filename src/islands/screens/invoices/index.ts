import { invoiceHandlers, invoiceMessages, registerHandlers, registerMessages } from '../../../domain/simulator/core';
import type { ScreenRegistry } from '../types';
import { SyntheseScreen } from './synthese';

// The rules these screens can trigger; other areas' rules stay out of the page.
registerHandlers(invoiceHandlers);
registerMessages(invoiceMessages);

/**
 * Screens of the « Factures émises » espace (`factures/…`). The Synthèse, where every exercise of the espace
 * starts, comes with the page; the others load when first opened (see lazy.ts), so a lesson downloads the
 * deposit form, the detail or the search only if its learner goes there.
 */
export const invoiceScreens: ScreenRegistry = {
  'factures/synthese': { title: 'Synthèse', component: SyntheseScreen },
  'factures/saisie': { title: 'Saisir une facture', load: () => import('./saisie').then((m) => m.SaisieScreen) },
  'factures/detail': { title: 'Détail de la facture', load: () => import('./detail').then((m) => m.DetailScreen) },
  'factures/tableau-de-bord': { title: 'Tableau de bord', load: () => import('./suivi').then((m) => m.TableauDeBordScreen) },
  'factures/recherche': { title: 'Recherche', load: () => import('./suivi').then((m) => m.RechercheScreen) },
};

/** The ids of the invoice screens, for scenario checks and tests. */
export const INVOICE_SCREEN_IDS = Object.keys(invoiceScreens);
