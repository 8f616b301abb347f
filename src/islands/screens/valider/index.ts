import { registerHandlers, registerMessages } from '../../../domain/simulator/core';
import { validationHandlers } from '../../../domain/simulator/transitions/handlers-validation';
import { validationMessages } from '../../../domain/simulator/messages-validation';
import type { ScreenRegistry } from '../types';
import { ValiderSyntheseScreen } from './synthese';

// The valideur's rules and their messages only. The refusals they share with other areas (session, access to
// the espace, unknown invoice) are core messages, always there: registering the account or invoice tables
// here would make every module 5 page download them (tests/unit/domain/simulator/areas.test.ts checks the
// valider scenarios need nothing more).
registerHandlers(validationHandlers);
registerMessages(validationMessages);

/**
 * Screens of the « Factures à valider » espace (`valider/…`): the Synthèse, where every exercise of the espace
 * starts, comes with the page; the decision screens load when first opened (see lazy.ts).
 */
export const validerScreens: ScreenRegistry = {
  'valider/synthese': { title: 'Synthèse', component: ValiderSyntheseScreen },
  'valider/facture': { title: 'Facture à valider', load: () => import('./screens').then((m) => m.ValiderFactureScreen) },
  'valider/validation': { title: 'Valider la facture', load: () => import('./screens').then((m) => m.ValiderValidationScreen) },
  'valider/refus': { title: 'Refuser la facture', load: () => import('./screens').then((m) => m.ValiderRefusScreen) },
};

export const VALIDER_SCREEN_IDS = Object.keys(validerScreens);
