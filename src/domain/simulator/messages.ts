/**
 * French messages for every issue code, worded close to the portal's own messages.
 *
 * The tables live by area (`messages-core.ts`, `messages-account.ts`, `messages-invoice.ts`) so that a page
 * loads only the messages its screens can produce; `allMessages` (in `messages-all.ts`) is typed
 * `Record<IssueCode, …>`, so a new code does not compile until it has a message. A simulator (simulator.ts) shows
 * the core's and its areas' tables; an issue of an area it was not made with still gets a plain sentence naming
 * it (and the area tests check that no scenario of an area produces one).
 * Messages are written with ordinary spaces and pass through `typography()`, which applies French
 * typographic spacing: U+00A0 before « : » and inside « », U+202F before « ; ! ? », U+00A0 inside
 * « 10 Mo » and « 5 % » — so authors never type invisible characters.
 */
import type { Issue } from './issues';
import type { MessageTable } from './messages-core';

/** Applies French spacing rules to a sentence written with ordinary spaces. */
export function typography(text: string): string {
  return text
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/(\d) (Mo|%|€|caractères|chiffres|minutes)/g, '$1\u00a0$2');
}

/** The French message of an issue in a table, ready to show next to its field (a code the table lacks gets a plain sentence naming it). */
export function messageFrom(table: MessageTable, found: Issue): string {
  // A table maps each code to the writer of that code's params; TypeScript cannot follow the pairing through
  // an index by a union of codes, hence the widening.
  const write = table[found.code] as ((params: Issue['params']) => string) | undefined;
  return typography(write ? write(found.params) : `Action refusée par le portail (${found.code}).`);
}
