import { activateAccount, createAccount, resendActivation } from './registration';
import type { HandlerTable } from './handler-table';
import {
  addBankAccount,
  createService,
  createStructure,
  openEspace,
  refuseRattachement,
  requestRattachement,
  setServiceActive,
  subscribeEspace,
  validateRattachement,
} from './structure';

/** Accounts, structures, rattachements, services, bank details, espaces (`compte/…`, `gestion/…` screens). */
export const accountHandlers = {
  'account.create': createAccount,
  'account.activate': activateAccount,
  'account.resendActivation': resendActivation,
  'structure.create': createStructure,
  'rattachement.request': requestRattachement,
  'rattachement.validate': validateRattachement,
  'rattachement.refuse': refuseRattachement,
  'service.create': createService,
  'service.setActive': setServiceActive,
  'bank.add': addBankAccount,
  'espace.open': openEspace,
  'espace.subscribe': subscribeEspace,
} satisfies Partial<HandlerTable>;

