import type { ScreenRegistry } from '../types';

/** Screens of the « Factures émises » espace (`factures/…`). */
export const invoiceScreens: ScreenRegistry = {};
