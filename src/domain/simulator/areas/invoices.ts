/** « Factures émises » and the public side's answers (`factures/…` screens). */
import { defineSimulatorArea } from '../area';
import { invoiceMessages } from '../messages-invoice';
import { invoiceHandlers } from '../transitions/handlers-invoice';

export const invoicesArea = defineSimulatorArea({ id: 'invoices', handlers: invoiceHandlers, messages: invoiceMessages });
