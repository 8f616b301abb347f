/** Every message: `Record<IssueCode, …>`, so that a new issue code does not compile without one. */
import type { IssueCode, IssueParams } from './issues';
import { accountMessages } from './messages-account';
import { coreMessages } from './messages-core';
import { invoiceMessages } from './messages-invoice';
import { validationMessages } from './messages-validation';
import { helpMessages } from './messages-help';
import { worksMessages } from './messages-works';
import { keysOf } from '../keys';

export const allMessages: { readonly [C in IssueCode]: (params: IssueParams<C>) => string } = { ...coreMessages, ...accountMessages, ...invoiceMessages, ...validationMessages, ...helpMessages, ...worksMessages };

/** Every code that has a message (all of them: the table is exhaustive by type). */
export const MESSAGE_CODES: IssueCode[] = keysOf(allMessages);
