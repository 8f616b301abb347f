/**
 * The screen kit: everything a mock portal screen is drawn with (fields, blocks, tables, tabs, buttons), the
 * form and draft hooks, and the text formats. Screens import from here only; the portal's look is kit.css.
 */
export * from './context';
export * from './fields';
export * from './form';
export * from './inputs';
export * from './layout';
export * from './player';
export * from './text';
