/**
 * The bridge between course pages and the launch shell (DESIGN.md « One LMS session per launch »).
 *
 * The shell (`lancement.html`, src/lms/shell/) owns the LMS session and shows course pages in an inner
 * frame; pages never touch the LMS. They talk to the shell over `postMessage` on one channel:
 *
 *   page  → shell  `hello`                      « am I in the shell? » (sent once at boot)
 *   shell → page   `welcome`                    the learner record the LMS holds, a notice, the learner's name
 *   page  → shell  `record`                     the record after each change (encoded with the codec), with
 *                                               `flush` when the page is hidden or left
 *   page  → shell  `final-test`                 a quiz submission (the shell keeps the final test's): interaction records, module scores
 *
 * One exchange is synchronous: when the launch ends (the tab closes or leaves, « Quitter le cours »), the
 * shell reads the page's record at once (`readLastRecord`, answered by `answerLastRecord`) before it closes the
 * LMS session. The browser may run the shell's leaving before the page's last messages (measured: a lesson
 * ended in the same moment as the tab left was lost), so those messages cannot be relied on at that point.
 *
 * Both sides check that a message comes from the expected window and the same origin, and carries the
 * channel name; anything else is ignored (another frame, an LMS script, a browser extension).
 *
 * Records travel encoded (`encodeRecord`): the shell decodes them with the same checks as a saved record,
 * so a page can never hand it a malformed record.
 *
 * This module is the protocol and the page's side, loaded by every page; the shell's side (reading the pages'
 * messages, the last read) is in shell/bridge.ts, so that pages do not carry it.
 */
import type { InteractionRecord } from '../domain/quiz/interaction';

/** The fixed channel name every bridge message carries. */
export const CHANNEL = 'parcours-chorus-pro:lms';

/** How long a framed page waits for the shell to answer before it runs standalone (parent is not the shell). */
export const HANDSHAKE_TIMEOUT_MS = 3000;

export interface HelloMessage {
  channel: typeof CHANNEL;
  type: 'hello';
}

export interface WelcomeMessage {
  channel: typeof CHANNEL;
  type: 'welcome';
  /** The learner record to start from, encoded (`encodeRecord`). Always readable: the shell decoded it. */
  record: string;
  /** Shown by the page in its record notice (e.g. the LMS held a record that could not be read). */
  notice: string | null;
  /** The learner's name from the LMS, ready to display (« Prénom Nom »); `''` when the LMS gives none. */
  learnerName: string;
}

export interface RecordMessage {
  channel: typeof CHANNEL;
  type: 'record';
  /** The whole record, encoded. */
  record: string;
  /** The page is being hidden or left: the shell should commit now (still at most once a second). */
  flush: boolean;
}

export interface FinalTestMessage {
  channel: typeof CHANNEL;
  type: 'final-test';
  /** The quiz's bank id: the shell keeps the final test's only. */
  bank: string;
  /** The attempt's number: the shell records each attempt's interactions once. */
  attempt: number;
  /** One per question; the per-module objectives come from the record the page sent just before. */
  interactions: InteractionRecord[];
}

export type PageMessage = HelloMessage | RecordMessage | FinalTestMessage;

/** A plain object (not an array, not `null`). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shell's `welcome`, with the fields it needs; anything else is `null`. The shell reads the pages' messages (shell/bridge.ts). */
export function readWelcome(data: unknown): WelcomeMessage | null {
  if (!isObject(data) || data['channel'] !== CHANNEL || data['type'] !== 'welcome') return null;
  const { record, notice, learnerName } = data;
  if (typeof record !== 'string' || typeof learnerName !== 'string' || (notice !== null && typeof notice !== 'string')) return null;
  return { channel: CHANNEL, type: 'welcome', record, notice, learnerName };
}

/** What a page needs of its window for the bridge (a fake in unit tests). */
export interface PageWindow {
  readonly parent: unknown;
  readonly location: { readonly origin: string };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** The parent window as far as posting goes. */
interface Postable {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The page's side of an established bridge. */
export interface ShellLink {
  /** What the shell gave at the handshake. */
  readonly welcome: WelcomeMessage;
  send(message: RecordMessage | FinalTestMessage): void;
}

/** `postMessage`'s target origin: the page's own (`*` only for opaque origins, e.g. file:, never matched). */
function targetOrigin(win: PageWindow): string {
  return win.location.origin && win.location.origin !== 'null' ? win.location.origin : '*';
}

/** Whether an incoming message comes from `expected` on our own origin. */
export function fromSameOrigin(event: Pick<MessageEvent, 'origin' | 'source'>, expected: unknown, ownOrigin: string): boolean {
  return event.source === expected && event.origin === ownOrigin;
}

/**
 * Asks the parent window whether it is the shell. Resolves with the link when it answers `welcome`, with
 * `null` at once for a top-level page and after `timeoutMs` when the parent is not the shell (another site's
 * frame, the trainer view): the page then keeps running standalone.
 */
export function connectToShell(win: PageWindow, timeoutMs = HANDSHAKE_TIMEOUT_MS): Promise<ShellLink | null> {
  const parent = win.parent;
  if (parent === win || parent === null || parent === undefined) return Promise.resolve(null);
  const post = (message: PageMessage): boolean => {
    try {
      (parent as Postable).postMessage(message, targetOrigin(win));
      return true;
    } catch {
      return false;
    }
  };
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (!fromSameOrigin(event, parent, win.location.origin)) return;
      const message = readWelcome(event.data);
      if (!message) return;
      clearTimeout(timer);
      win.removeEventListener('message', listener);
      resolve({ welcome: message, send: (m) => void post(m) });
    };
    const timer = setTimeout(() => {
      win.removeEventListener('message', listener);
      resolve(null);
    }, timeoutMs);
    win.addEventListener('message', listener);
    if (!post({ channel: CHANNEL, type: 'hello' })) {
      clearTimeout(timer);
      win.removeEventListener('message', listener);
      resolve(null);
    }
  });
}

/** The event the shell dispatches on the page's window to read its record when the launch ends. */
export const LAST_RECORD_EVENT = `${CHANNEL}:last-record`;

/** The event's detail, as the shell makes it (shell/bridge.ts `readLastRecord`). */
export interface LastRecordDetail {
  /** The shell's record, encoded: a page not linked yet applies its own changes on it. */
  shell: string;
  /** The page's answer: its whole record, encoded. */
  record?: string;
}

/**
 * The page's side: answers the shell's `readLastRecord` with `current(shellRecord)`, the page's record encoded (`null`:
 * no answer). Listeners of the event added before this one run first: a page adds its own last changes there
 * (the time spent on the lesson).
 */
export function answerLastRecord(win: Pick<EventTarget, 'addEventListener'>, current: (shellRecord: string) => string | null): void {
  win.addEventListener(LAST_RECORD_EVENT, (event) => {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (!isObject(detail) || typeof detail['shell'] !== 'string') return;
    const record = current(detail['shell']);
    if (record !== null) (detail as unknown as LastRecordDetail).record = record;
  });
}
