/**
 * The launch shell's page script (`lancement.html`): finds the LMS, opens the one session of this launch,
 * shows course pages in the inner frame, answers their bridge messages, and closes the session once when
 * the learner leaves. See session.ts for what goes to the LMS and when, bridge.ts for the page protocol.
 */
import { connect } from '../index';
import { trackedIds } from '../../domain/course/plan';
import { Scorm12Adapter } from '../scorm12';
import type { TrackingPort } from '../tracking-port';
import { CHANNEL, fromSameOrigin, type WelcomeMessage } from '../bridge';
import { readLastRecord, readPageMessage } from './bridge';
import { HEARTBEAT_MS, holdLock, otherLaunchActive, releaseLock, type LockDeps } from './launch-lock';
import { pageOf } from './pages';
import { versionOrder } from './version-order';
import { EMBEDDED_UNREADABLE_NOTICE, openEmbeddedLms } from '../embedded';
import { ShellSession, UNREADABLE_NOTICE } from './session';
import type { ShellConfig } from './types';
import { bannerText, endedText } from './texts';
import { inspectorControl } from './inspector-control';
import { eraseIfRequested } from '../reset';

function element<T extends HTMLElement>(selector: string): T | null {
  return document.querySelector<T>(selector);
}

function show(selector: string): void {
  const el = element(selector);
  if (el) el.hidden = false;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Where the course was found: an LMS around the shell, or the embedded LMS (no LMS found). */
type Found = { port: TrackingPort; embedded: false; notice: null } | { port: TrackingPort; embedded: true; notice: string | null };

async function find(config: ShellConfig): Promise<Found | null> {
  const versions = versionOrder(new URLSearchParams(window.location.search).get('scorm'), document.documentElement.dataset['lmsVersions']);
  const port = connect(window, { versions });
  if (port) return { port, embedded: false, notice: null };
  // No LMS: scorm-again plays it, in this page, kept in localStorage (loaded only in this case). A learner
  // who asked to erase their progress (« Changer d'apprenant », reset.ts) starts from an empty store.
  eraseIfRequested(storage());
  try {
    const { api, notice } = await openEmbeddedLms(storage(), trackedIds(config.plan));
    document.documentElement.dataset['lms'] = 'embarque';
    return { port: new Scorm12Adapter(api), embedded: true, notice };
  } catch (error) {
    console.warn('[LMS] embedded LMS unavailable', error);
    return null;
  }
}

async function boot(): Promise<void> {
  const frame = element<HTMLIFrameElement>('iframe[data-course-frame]');
  const configText = element('#shell-config')?.textContent;
  if (!frame || !configText) return;
  const config = JSON.parse(configText) as ShellConfig;
  const found = await find(config);
  if (!found) {
    element('[data-shell-bar]')?.setAttribute('hidden', '');
    show('[data-no-lms]');
    return;
  }
  // Another launch of the course is running in this browser: say so before opening a second LMS session.
  const lock: LockDeps = { storage: storage(), now: () => Date.now(), id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}` };
  if (otherLaunchActive(lock)) {
    element('[data-shell-bar]')?.setAttribute('hidden', '');
    show('[data-second-launch]');
    element<HTMLElement>('[data-second-launch] h1')?.focus();
    element('[data-take-over]')?.addEventListener(
      'click',
      () => {
        element('[data-second-launch]')?.setAttribute('hidden', '');
        element('[data-shell-bar]')?.removeAttribute('hidden');
        // The embedded LMS reads this browser's store again: the other launch may have saved since.
        void (found.embedded ? find(config) : Promise.resolve(found)).then((now) => start(frame, config, now ?? found, lock));
      },
      { once: true },
    );
    return;
  }
  start(frame, config, found, lock);
}

function start(frame: HTMLIFrameElement, config: ShellConfig, found: Found, lock: LockDeps): void {
  const { port } = found;
  holdLock(lock);
  const heartbeat = window.setInterval(() => holdLock(lock), HEARTBEAT_MS);
  const banner = element('[data-save-banner]');
  const session = new ShellSession({
    port,
    config,
    now: () => performance.now(),
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    storage: storage(),
    onStatus: (status, error) => {
      const text = bannerText(status, session.refusals, found.embedded);
      if (banner) {
        banner.hidden = text === null;
        if (text !== null) banner.textContent = text;
      }
      if (error && status === 'failed') console.warn(`[LMS] ${error.kind} ${error.code}: ${error.message}${error.element ? ` (${error.element})` : ''}`);
    },
  });
  const inspector = inspectorControl(port, session, found.embedded);
  const opened = session.open(window.location.hash);
  if (!opened.ok) {
    console.warn(`[LMS] ${opened.error.code}: ${opened.error.message}`);
    element('[data-shell-bar]')?.setAttribute('hidden', '');
    show('[data-no-session]');
    return;
  }

  const base = new URL('.', window.location.href).href;
  // The embedded LMS's own notice (its store was unreadable) comes first; an unreadable suspend_data is
  // told in the browser's words, not the platform's.
  let notice = found.embedded
    ? (found.notice ?? (opened.value.notice === UNREADABLE_NOTICE ? EMBEDDED_UNREADABLE_NOTICE : opened.value.notice))
    : opened.value.notice;
  const frameWindow = (): Window | null => frame.contentWindow;

  window.addEventListener('message', (event: MessageEvent) => {
    if (!fromSameOrigin(event, frameWindow(), window.location.origin)) return;
    const message = readPageMessage(event.data);
    if (!message) return;
    if (message.type === 'hello') {
      const welcome: WelcomeMessage = {
        channel: CHANNEL,
        type: 'welcome',
        record: encodeCurrent(),
        notice,
        learnerName: opened.value.learnerName,
      };
      notice = null;
      frameWindow()?.postMessage(welcome, window.location.origin);
    } else if (message.type === 'record') session.receiveRecord(message.record, message.flush);
    else if (message.type === 'final-test') session.receiveFinalTest(message);
  });
  const encodeCurrent = (): string => session.encodedRecord();

  frame.addEventListener('load', () => {
    let href: string;
    try {
      href = frameWindow()?.location.href ?? '';
    } catch {
      return; // A page of another site: not a course page, nothing to bookmark.
    }
    inspector.watch(frameWindow());
    const page = pageOf(href, base);
    if (!page) return;
    session.showPage(page);
    window.history.replaceState(null, '', `#${page}`);
    // The tab and the history name the page shown, not only the course.
    document.title = frameWindow()?.document.title || document.title;
  });
  frame.src = opened.value.page;
  frame.hidden = false;

  let leaving = false;
  const leave = () => {
    window.clearInterval(heartbeat);
    releaseLock(lock);
    if (!session.isOpen) return;
    // The page's record, read now: its last messages may not have arrived yet.
    session.finish(readLastRecord(frameWindow(), session.encodedRecord()));
  };
  // « Quitter le cours »: the page in the frame is unloaded first, so its last changes (time spent)
  // reach the shell, then the session closes.
  // It asks first (a modal dialog: Escape or « Rester dans le cours » cancel, the focus returns to the button).
  const quitButton = element('[data-quit]');
  const quitDialog = element<HTMLDialogElement>('[data-quit-dialog]');
  quitButton?.addEventListener('click', () => quitDialog?.showModal());
  element('[data-quit-cancel]')?.addEventListener('click', () => quitDialog?.close());
  quitDialog?.addEventListener('close', () => {
    if (!leaving) quitButton?.focus();
  });
  element('[data-quit-confirm]')?.addEventListener('click', () => {
    if (leaving) return;
    leaving = true;
    quitDialog?.close();
    // Read before the page is unloaded: its last message may come after the frame's next load.
    const last = readLastRecord(frameWindow(), session.encodedRecord());
    if (last !== null) session.receiveRecord(last, false);
    frame.addEventListener(
      'load',
      () => {
        leave();
        frame.hidden = true;
        frame.removeAttribute('src');
        element('[data-shell-bar]')?.setAttribute('hidden', '');
        const ended = endedText(session.transmission(), found.embedded);
        const text = element('[data-ended-text]');
        if (text) text.textContent = ended.text;
        const list = element('[data-ended-refusals]');
        if (list) {
          list.replaceChildren(...ended.notStored.map((what) => Object.assign(document.createElement('li'), { textContent: what })));
          list.hidden = ended.notStored.length === 0;
        }
        show('[data-ended]');
        // Standalone, the course reopens here where it was left; in an LMS, only the LMS opens a new session.
        show(found.embedded ? '[data-resume]' : '[data-resume-lms]');
        element<HTMLElement>('[data-ended] h1')?.focus();
      },
      { once: true },
    );
    frame.src = 'about:blank';
  });
  // The window closes or the LMS navigates away: whatever comes first ends the session, once.
  window.addEventListener('beforeunload', leave);
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.requestCommit();
  });
}

void boot();
