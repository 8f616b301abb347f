/**
 * The /formateur/ page script: opens the presenter and audience windows with the chosen start. URLs are
 * built from the links' own `href` (already relative to this page after the build), so they work under any
 * path. It writes only the trainer's start of the day, never the learner record.
 */
import { DAY_START_KEY } from '../../reactions/presenter-sync';

const FEATURES = 'popup=yes,width=1280,height=760';

export function startLauncher(): void {
  const form = document.querySelector<HTMLFormElement>('[data-trainer-start]');
  if (!form) return;
  const lesson = form.querySelector<HTMLSelectElement>('select[name="lecon"]');
  const start = form.querySelector<HTMLInputElement>('input[name="debut"]');
  try {
    const saved = localStorage.getItem(DAY_START_KEY);
    if (start && saved) start.value = saved;
  } catch {
    // Storage unavailable: the default 09:00 stays.
  }
  start?.addEventListener('change', () => {
    try {
      if (start.value) localStorage.setItem(DAY_START_KEY, start.value);
    } catch {
      // Best effort.
    }
  });
  for (const link of form.querySelectorAll<HTMLAnchorElement>('a[data-open]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const url = new URL(link.href);
      // The presenter window sets where the class starts; the audience window follows it.
      if (link.dataset['open'] === 'presentateur' && lesson) url.searchParams.set('lecon', lesson.value);
      if (start?.value) {
        try {
          localStorage.setItem(DAY_START_KEY, start.value);
        } catch {
          // Best effort.
        }
      }
      const opened = window.open(url.href, link.target, FEATURES);
      if (!opened) window.location.assign(url.href);
    });
  }
}
