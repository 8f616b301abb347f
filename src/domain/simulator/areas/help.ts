/**
 * « Support » → « Nous contacter » (`aide/…` screens): help, and the two account rules ClaudIA hands over to (a
 * new activation link, the activation from the mailbox) — the same functions as the accounts area's, taken
 * alone so that a help page does not load the other account and invoice rules.
 */
import { defineSimulatorArea } from '../area';
import { accountMessages } from '../messages-account';
import { helpMessages } from '../messages-help';
import { helpHandlers } from '../transitions/handlers-help';
import { activateAccount, resendActivation } from '../transitions/registration';

export const helpArea = defineSimulatorArea({
  id: 'help',
  handlers: { ...helpHandlers, 'account.activate': activateAccount, 'account.resendActivation': resendActivation },
  messages: { ...accountMessages, ...helpMessages },
});
