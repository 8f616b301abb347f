/**
 * The simulator as the browser loads it: everything but the fixtures and the event handlers of the areas,
 * which each screen area registers for itself (`registerHandlers`). Build-time code and tests use `index.ts`.
 *
 * The Chorus Pro simulator: a pure, deterministic model of the portal for the mock screens and scenarios.
 * Screens read a World, ask `can(world, event)` before offering an action, apply `transition(world, event)`
 * (its effects name what it created) and show `message(issue)` for every issue. See model.ts for the World and events.ts for the events.
 */
export * from './issues';
export * from './effects';
export * from './model';
export * from './events';
export * from './model-works';
export { transition, replay, registerHandlers, type TransitionResult } from './transition';
export { accountHandlers } from './transitions/handlers-account';
export { invoiceHandlers } from './transitions/handlers-invoice';
export { validationHandlers } from './transitions/handlers-validation';
export { needsValidation, valideurRole, tacitValidationAt } from './transitions/validation';
export { helpHandlers } from './transitions/handlers-help';
export { registerTimeRule } from './transitions/clock';
export type { HandlerTable } from './transitions/handler-table';
export { can, type CanResult } from './can';
export { message, typography, registerMessages, hasMessage } from './messages';
export { accountMessages } from './messages-account';
export { invoiceMessages } from './messages-invoice';
export { validationMessages } from './messages-validation';
export { helpMessages } from './messages-help';
export * from './queries';
export * from './queries-invoice';
export * from './queries-account';
export * from './queries-validation';
export { mulberry32, seedState } from './prng';
export * from './rules/identifiers';
export * from './rules/money';
export * from './rules/attachments';
export * from './rules/dates';
export { checkEmail, checkPassword, normaliseEmail, PASSWORD_RULES, PASSWORD_MIN_LENGTH } from './rules/account';
export { checkInvoice, checkRecipient, checkRecipientRequirements, normaliseInvoiceInput, INVOICE_LIMITS, type CheckDepth } from './rules/invoice';
export * from './scenario';
export * from './queries-help';
