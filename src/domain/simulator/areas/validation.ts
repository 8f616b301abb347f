/**
 * « Factures à valider »: the valideur's decisions (`valider/…` screens). The refusals they share with other
 * areas (session, access to the espace, unknown invoice) are core messages, always there: the account or invoice
 * tables here would make every module 5 page download them (areas.test.ts checks the valider scenarios need
 * nothing more).
 */
import { defineSimulatorArea } from '../area';
import { validationMessages } from '../messages-validation';
import { validationHandlers } from '../transitions/handlers-validation';

export const validationArea = defineSimulatorArea({ id: 'validation', handlers: validationHandlers, messages: validationMessages });
