/** Accounts, login, « Mon compte », structures and the gestionnaire's activities (`compte/…`, `gestion/…` screens). */
import { defineSimulatorArea } from '../area';
import { accountMessages } from '../messages-account';
import { accountHandlers } from '../transitions/handlers-account';

export const accountsArea = defineSimulatorArea({ id: 'accounts', handlers: accountHandlers, messages: accountMessages });
