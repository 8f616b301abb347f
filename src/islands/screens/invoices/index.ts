import { invoicesArea } from '../../../domain/simulator/areas/invoices';
import { defineArea, espaceSection, type Registry } from '../area';
import { SyntheseScreen } from './synthese';

/**
 * Screens of the « Factures émises » espace (`factures/…`). The Synthèse, where every exercise of the espace
 * starts, comes with the page; the others load when first opened (see lazy.ts), so a lesson downloads the
 * deposit form, the detail or the search only if its learner goes there.
 */
export const invoiceScreens = {
  'factures/synthese': { title: 'Synthèse', component: SyntheseScreen },
  'factures/saisie': { title: 'Saisir une facture', load: () => import('./saisie').then((m) => m.SaisieScreen) },
  'factures/detail': { title: 'Détail de la facture', load: () => import('./detail').then((m) => m.DetailScreen) },
  'factures/tableau-de-bord': { title: 'Tableau de bord', load: () => import('./suivi').then((m) => m.TableauDeBordScreen) },
  'factures/recherche': { title: 'Recherche', load: () => import('./suivi').then((m) => m.RechercheScreen) },
} satisfies Registry;

/** The « Factures émises » area, in the menu while the session has the espace. */
export const invoiceArea = defineArea(invoicesArea, [espaceSection('facturesEmises', invoiceScreens, 'factures/synthese')]);
