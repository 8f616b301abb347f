/**
 * « Factures de travaux » (`travaux/…` screens): the works rules, with their time rule (routing of deposited
 * pieces, tacit validation, réputé accepté: without it the clock refuses to move a world with works pieces).
 * The refusals they share with other areas (access to the espace, amounts, cadres, attached files) are core
 * messages, always there (areas.test.ts checks it).
 */
import { defineSimulatorArea } from '../area';
import { worksMessages } from '../messages-works';
import { worksHandlers, worksTimeRule } from '../transitions/handlers-works';

export const worksArea = defineSimulatorArea({ id: 'works', handlers: worksHandlers, messages: worksMessages, timeRule: worksTimeRule });
