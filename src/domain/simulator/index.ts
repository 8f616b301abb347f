/**
 * The whole simulator, with every area's event handlers registered and the fixtures: for build-time code
 * (content check, scenario preparation) and tests. Browser code imports `core.ts` and registers its area.
 */
import { registerMessages } from './messages';
import { allMessages } from './messages-all';
import { registerHandlers } from './transition';
import { allHandlers } from './transitions/handlers';
import { worksBase } from './fixtures-works';
import { registerScenarioBase } from './scenario';
import { registerTimeRule } from './transitions/clock';
import { worksTimeRule } from './transitions/handlers-works';

export * from './core';
export * from './fixtures';
export * from './fixtures-validation';
export * from './fixtures-works';
export { allHandlers } from './transitions/handlers';
export { allMessages, MESSAGE_CODES } from './messages-all';
// « Factures de travaux »: its island imports these modules directly (travaux/index.ts), so that they stay out
// of the browser barrel (core.ts) and of the other areas' pages.
export { worksHandlers, worksTimeRule } from './transitions/handlers-works';
export { tacitWorksValidationAt, disagreementDeadline } from './transitions/works-time';
export { worksMessages } from './messages-works';
export * from './queries-works';
export * from './rules/works';
export { checkScenario } from './scenario-check';
export { invariants } from './invariants';

registerHandlers(allHandlers);
registerMessages(allMessages);
registerScenarioBase('works', worksBase);
registerTimeRule('works', worksTimeRule);
