import { validationArea } from '../../../domain/simulator/areas/validation';
import { defineArea, espaceSection, type Registry } from '../area';
import { ValiderSyntheseScreen } from './synthese';

/**
 * Screens of the « Factures à valider » espace (`valider/…`): the Synthèse, where every exercise of the espace
 * starts, comes with the page; the decision screens load when first opened (see lazy.ts).
 */
export const validerScreens = {
  'valider/synthese': { title: 'Synthèse', component: ValiderSyntheseScreen },
  'valider/facture': { title: 'Facture à valider', load: () => import('./screens').then((m) => m.ValiderFactureScreen) },
  'valider/validation': { title: 'Valider la facture', load: () => import('./screens').then((m) => m.ValiderValidationScreen) },
  'valider/refus': { title: 'Refuser la facture', load: () => import('./screens').then((m) => m.ValiderRefusScreen) },
} satisfies Registry;

/** The « Factures à valider » area, in the menu while the session has the espace. */
export const validerArea = defineArea(validationArea, [espaceSection('facturesAValider', validerScreens, 'valider/synthese')]);
