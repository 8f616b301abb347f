/**
 * The Chorus Pro simulator: a pure, deterministic model of the portal for the mock screens and scenarios.
 * Screens read a World, ask `can(world, event)` before offering an action, apply `transition(world, event)`
 * and show `message(issue)` for every issue. See model.ts for the World and events.ts for the events.
 */
export * from './issues';
export * from './model';
export * from './events';
export { transition, replay, type TransitionResult } from './transition';
export { can, type CanResult } from './can';
export { message, typography, MESSAGE_CODES } from './messages';
export * from './queries';
export { invariants } from './invariants';
export * from './fixtures';
export { mulberry32, seedState } from './prng';
export * from './rules/identifiers';
export * from './rules/money';
export * from './rules/attachments';
export * from './rules/dates';
export { checkEmail, checkPassword, normaliseEmail, PASSWORD_RULES, PASSWORD_MIN_LENGTH } from './rules/account';
export { checkInvoice, checkRecipient, checkRecipientRequirements, normaliseInvoiceInput, INVOICE_LIMITS, type CheckDepth } from './rules/invoice';
export * from './scenario';
