import type { HandlerTable } from './handler-table';
import {
  acknowledgeInvoices,
  cancelSubmit,
  completeInvoice,
  confirmInvoice,
  deleteInvoice,
  handleRejection,
  recycleInvoice,
  saveInvoice,
  submitInvoice,
} from './invoice';
import { publicAdvance, publicRecycle, publicReject, publicSuspend } from './public';
import { searchInvoicesEvent } from './search';

/** « Factures émises » and the public side's answers (`factures/…` screens). */
export const invoiceHandlers = {
  'invoice.save': saveInvoice,
  'invoice.delete': deleteInvoice,
  'invoice.submit': submitInvoice,
  'invoice.cancelSubmit': cancelSubmit,
  'invoice.confirm': confirmInvoice,
  'invoice.recycle': recycleInvoice,
  'invoice.complete': completeInvoice,
  'invoice.acknowledge': acknowledgeInvoices,
  'invoice.handleRejection': handleRejection,
  'invoice.search': searchInvoicesEvent,
  'public.advance': publicAdvance,
  'public.recycle': publicRecycle,
  'public.suspend': publicSuspend,
  'public.reject': publicReject,
} satisfies Partial<HandlerTable>;

