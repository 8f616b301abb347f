import { registerHandlers, registerMessages } from '../../../domain/simulator/core';
import { validationHandlers } from '../../../domain/simulator/transitions/handlers-validation';
import { validationMessages } from '../../../domain/simulator/messages-validation';
import type { ScreenRegistry } from '../types';
import { ValiderFactureScreen, ValiderRefusScreen, ValiderSyntheseScreen, ValiderValidationScreen } from './screens';

// The valideur's rules and their messages only. The refusals they share with other areas (session, access to
// the espace, unknown invoice) are core messages, always there: registering the account or invoice tables
// here would make every module 5 page download them (tests/unit/domain/simulator/areas.test.ts checks the
// valider scenarios need nothing more).
registerHandlers(validationHandlers);
registerMessages(validationMessages);

/** Screens of the « Factures à valider » espace (`valider/…`). */
export const validerScreens: ScreenRegistry = {
  'valider/synthese': { title: 'Synthèse', component: ValiderSyntheseScreen },
  'valider/facture': { title: 'Facture à valider', component: ValiderFactureScreen },
  'valider/validation': { title: 'Valider la facture', component: ValiderValidationScreen },
  'valider/refus': { title: 'Refuser la facture', component: ValiderRefusScreen },
};

export const VALIDER_SCREEN_IDS = Object.keys(validerScreens);
