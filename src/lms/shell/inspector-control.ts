/**
 * Opens the LMS inspector (inspector.ts, loaded on first use) for administrators and trainers: with the
 * keys Ctrl+Alt+Maj+L (in the shell or in the course page) or with `?inspecteur=1` in the launch page's
 * address. Learners never see it unless they ask for it; it reads the session's own log and adds no call
 * to the LMS.
 */
import type { CallLog, ScormVersion } from '../tracking-port';
import type { Refusal, SaveStatus } from './types';

/** What the inspector shows besides the log of calls, read when it draws. */
export interface InspectorSnapshot {
  status: SaveStatus;
  refusals: readonly Refusal[];
  /** Interactions waiting to be sent (after a link failure, or before the next commit). */
  pendingInteractions: number;
  /** Characters of the encoded record (`cmi.suspend_data`). */
  suspendDataLength: number;
}

export interface InspectorSource {
  version: ScormVersion;
  /** The embedded LMS (scorm-again in this browser) plays the platform. */
  embedded: boolean;
  log: CallLog;
  snapshot(): InspectorSnapshot;
}

/** The launch page's address flag that opens the inspector at start. */
export const INSPECTOR_FLAG = 'inspecteur';

/** Ctrl+Alt+Maj+L, by key position (the same on AZERTY and QWERTY). */
export function isInspectorKey(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey' | 'code'>): boolean {
  return event.ctrlKey && event.altKey && event.shiftKey && !event.metaKey && event.code === 'KeyL';
}

interface SessionView {
  readonly saveStatus: SaveStatus;
  readonly refusals: readonly Refusal[];
  readonly pendingInteractions: number;
  encodedRecord(): string;
}

export function inspectorControl(port: { version: ScormVersion; log: CallLog }, session: SessionView, embedded: boolean): { watch(win: Window | null): void } {
  const source: InspectorSource = {
    version: port.version,
    embedded,
    log: port.log,
    snapshot: () => ({
      status: session.saveStatus,
      refusals: session.refusals,
      pendingInteractions: session.pendingInteractions,
      suspendDataLength: session.encodedRecord().length,
    }),
  };
  const toggle = (): void => {
    void import('./inspector').then(({ toggleInspector }) => toggleInspector(source, document));
  };
  const onKey = (event: KeyboardEvent): void => {
    if (!isInspectorKey(event)) return;
    event.preventDefault();
    toggle();
  };
  document.addEventListener('keydown', onKey);
  if (new URLSearchParams(window.location.search).get(INSPECTOR_FLAG) === '1') toggle();
  const watched = new WeakSet<Document>();
  return {
    /** Listens for the keys in the course page too (same origin; another site's page is left alone). */
    watch(win) {
      try {
        const doc = win?.document;
        if (!doc || watched.has(doc)) return;
        watched.add(doc);
        doc.addEventListener('keydown', onKey);
      } catch {
        // A page of another origin: the keys work in the shell's bar.
      }
    },
  };
}
