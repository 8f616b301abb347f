import { activateAccount, createAccount, resendActivation } from './registration';
import type { HandlerTable } from './handler-table';
import { login, resendCode, verifyCode } from './login';
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

/** Logging in, accounts, structures, rattachements, services, bank details, espaces (`compte/…`, `gestion/…` screens). */
export const accountHandlers = {
  'session.login': login,
  'session.verifyCode': verifyCode,
  'session.resendCode': (ctx) => resendCode(ctx),
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

