/**
 * The simulator as the browser loads it: everything but the fixtures and the areas' rules. A page makes its
 * simulator from the areas its screens use (`makeSimulator(areas)`, each area in areas/*.ts), so that it
 * downloads only their handlers and messages. Build-time code and tests use `index.ts` (every area).
 *
 * The Chorus Pro simulator: a pure, deterministic model of the portal for the mock screens and scenarios.
 * Screens read a World, ask the simulator's `can(world, event)` before offering an action, apply its
 * `transition(world, event)` (its effects name what it created) and show its `message(issue)` for every issue. See model.ts for the World and events.ts for the events.
 */
export * from './issues';
export * from './effects';
export * from './model';
export * from './events';
export * from './model-works';
export type { TransitionResult } from './transition';
export { makeSimulator, type Simulator, type CanResult, type StepOutcome } from './simulator';
export { defineSimulatorArea, type Area, type AreaId, type TimeRule, type TimeRules } from './area';
export { needsValidation, valideurRole, tacitValidationAt } from './transitions/validation';
export type { EventType, HandlerTable } from './transitions/handler-table';
export { typography, messageFrom } from './messages';
export { coreMessages, type MessageTable } from './messages-core';
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
