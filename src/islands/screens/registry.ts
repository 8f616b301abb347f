import { accountScreens } from './account';
import { invoiceScreens } from './invoices';
import { helpScreens } from './aide';
import type { ScreenRegistry } from './types';
import { validerScreens } from './valider';
import { travauxScreens } from './travaux';

/** Every screen of the mock portal, by id. */
export const SCREENS: ScreenRegistry = { ...accountScreens, ...invoiceScreens, ...validerScreens, ...helpScreens, ...travauxScreens };
