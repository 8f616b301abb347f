import type { ScreenRegistry } from '../types';

/** Screens of accounts, login, « Mon compte » and « Activités du gestionnaire » (`compte/…`, `gestion/…`). */
export const accountScreens: ScreenRegistry = {};
