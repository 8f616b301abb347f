/**
 * The DOM side of the trainer views: showing the current step among the server-rendered sections, the
 * keyboard, full screen. Kept apart from the components so they stay small.
 */
import type { Command, KeyPress } from '../../domain/presenter/keys';
import type { SyncState } from '../../domain/presenter/sync';
import type { Deck } from '../../domain/presenter/steps';
import { locate } from '../../domain/presenter/navigation';

/** Shows the current step's section (none on a black screen) and the current lesson's notes. */
export function showStep(deck: Deck, state: SyncState): void {
  const key = locate(deck, state)?.step.key;
  for (const section of document.querySelectorAll<HTMLElement>('[data-step-key]')) {
    const current = section.dataset['stepKey'] === key && !state.blank;
    section.hidden = !current;
    if (current && state.revealed) section.dataset['revealed'] = 'true';
    else delete section.dataset['revealed'];
  }
  for (const notes of document.querySelectorAll<HTMLElement>('[data-notes-for]')) {
    notes.hidden = notes.dataset['notesFor'] !== state.lessonId;
  }
}

/** The HTML of a step's section, without ids (it is shown a second time, in the « next » pane). */
export function stepPreviewHtml(key: string): string {
  const section = document.querySelector<HTMLElement>(`[data-step-key="${CSS.escape(key)}"]`);
  if (!section) return '';
  const copy = section.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const el of copy.querySelectorAll('[aria-describedby]')) el.removeAttribute('aria-describedby');
  // Callouts are landmarks (<aside aria-label>): a second copy on the page would repeat their names.
  for (const aside of copy.querySelectorAll('aside')) {
    const note = document.createElement('div');
    note.setAttribute('role', 'note');
    note.className = aside.className;
    note.append(...aside.childNodes);
    aside.replaceWith(note);
  }
  return copy.innerHTML;
}

/** What has the focus, for `commandFor`. */
export function keyPress(event: KeyboardEvent): KeyPress {
  const el = event.target instanceof HTMLElement ? event.target : null;
  const target = !el
    ? 'other'
    : el.isContentEditable || el.matches('input, textarea, select')
      ? 'field'
      : el.matches('button, a[href], summary, [role="button"]')
        ? 'button'
        : 'other';
  return { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target };
}

/** F: full screen of this window, or back. */
export function toggleFullscreen(): void {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  done?.catch(() => {
    // Refused (not allowed in this frame, or no user gesture): nothing to do.
  });
}

export type { Command };
