/**
 * The whole simulator, with every area's event handlers registered and the fixtures: for build-time code
 * (content check, scenario preparation) and tests. Browser code imports `core.ts` and registers its area.
 */
import { registerMessages } from './messages';
import { allMessages } from './messages-all';
import { registerHandlers } from './transition';
import { allHandlers } from './transitions/handlers';
import { registerTimeRule } from './transitions/clock';
import { worksTimeRule } from './transitions/handlers-works';

export * from './core';
export * from './fixtures';
export * from './fixtures-validation';
export * from './fixtures-works';
export { allHandlers } from './transitions/handlers';
export { allMessages, MESSAGE_CODES } from './messages-all';

registerHandlers(allHandlers);
registerMessages(allMessages);
registerTimeRule('works', worksTimeRule);
