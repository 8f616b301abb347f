/**
 * The whole simulator, with every area and the fixtures: for build-time code (content check, scenario
 * preparation) and tests. `transition`, `can`, `message`, `act` and `replay` here are the full simulator's
 * (full.ts). Browser code imports `core.ts` and makes a simulator from the areas of its screens
 * (`makeSimulator`, areas/*.ts).
 */
import { fullSimulator } from './full';

export * from './core';
export * from './fixtures';
export * from './fixtures-validation';
export * from './fixtures-works';
export { startWorld, type ScenarioBaseBuilder } from './start';
export { fullSimulator } from './full';
export { ALL_AREAS, accountsArea, helpArea, invoicesArea, validationArea, worksArea } from './areas';
export { allHandlers, accountHandlers, coreHandlers, invoiceHandlers, validationHandlers, helpHandlers, worksHandlers } from './transitions/handlers';
export { allMessages, MESSAGE_CODES } from './messages-all';
export { accountMessages } from './messages-account';
export { invoiceMessages } from './messages-invoice';
export { validationMessages } from './messages-validation';
export { helpMessages } from './messages-help';
// « Factures de travaux »: its island imports these modules directly, so that they stay out of the browser
// barrel (core.ts) and of the other areas' pages.
export { worksTimeRule } from './transitions/handlers-works';
export { tacitWorksValidationAt, disagreementDeadline } from './transitions/works-time';
export { worksMessages } from './messages-works';
export * from './queries-works';
export * from './rules/works';
export { checkScenario } from './scenario-check';
export { invariants } from './invariants';

/** The full simulator's functions (every area): build-time code and tests. */
export const { transition, replay, can, message, hasMessage, act } = fullSimulator;
