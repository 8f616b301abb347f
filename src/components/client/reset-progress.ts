/**
 * « Changer d'apprenant / effacer ma progression » (standalone course only: the section shows when the
 * shell plays the embedded LMS). A confirmation dialog first; on confirmation the next launch erases what
 * this browser keeps (src/lms/reset.ts) and the tab goes back to the launch page, which starts afresh.
 */
import { requestReset } from '../../lms/reset';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

for (const section of document.querySelectorAll<HTMLElement>('[data-reset]')) {
  const dialog = section.querySelector('dialog');
  const error = section.querySelector<HTMLElement>('[data-reset-error]');
  section.querySelector('[data-reset-open]')?.addEventListener('click', () => dialog?.showModal());
  section.querySelector('[data-reset-cancel]')?.addEventListener('click', () => dialog?.close());
  section.querySelector('[data-reset-confirm]')?.addEventListener('click', () => {
    if (!requestReset(storage())) {
      dialog?.close();
      if (error) error.hidden = false;
      return;
    }
    const shell = new URL(`${document.documentElement.dataset['root'] ?? './'}lancement.html`, window.location.href);
    (window.top ?? window).location.replace(shell.href);
  });
}
