import type { HandlerTable } from './handler-table';
import { refuseInvoice, validateInvoice } from './validation';

/** « Factures à valider »: the valideur's decisions on A9 / A12 invoices (`valider/…` screens). */
export const validationHandlers = {
  'validation.validate': validateInvoice,
  'validation.refuse': refuseInvoice,
} satisfies Partial<HandlerTable>;
