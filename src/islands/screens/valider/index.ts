import {
  accountMessages,
  invoiceMessages,
  registerHandlers,
  registerMessages,
  validationHandlers,
  validationMessages,
} from '../../../domain/simulator/core';
import type { ScreenRegistry } from '../types';
import { ValiderFactureScreen, ValiderRefusScreen, ValiderSyntheseScreen, ValiderValidationScreen } from './screens';

// The valideur's rules; the account and invoice messages cover the refusals these rules share (espace access, unknown invoice).
registerHandlers(validationHandlers);
registerMessages({ ...accountMessages, ...invoiceMessages, ...validationMessages });

/** Screens of the « Factures à valider » espace (`valider/…`). */
export const validerScreens: ScreenRegistry = {
  'valider/synthese': { title: 'Synthèse', component: ValiderSyntheseScreen },
  'valider/facture': { title: 'Facture à valider', component: ValiderFactureScreen },
  'valider/validation': { title: 'Valider la facture', component: ValiderValidationScreen },
  'valider/refus': { title: 'Refuser la facture', component: ValiderRefusScreen },
};

export const VALIDER_SCREEN_IDS = Object.keys(validerScreens);
