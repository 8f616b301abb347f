/**
 * Counts the time a lesson page is actually visible and adds it to the record every 30 seconds, when the
 * page is hidden, and when the launch shell reads the record as the launch ends, so time spent survives a
 * closed tab.
 */
import { LAST_RECORD_EVENT } from '../lms/bridge';
import { spendTime } from '../stores/record';

export function trackLessonTime(lessonId: string, now: () => number = () => performance.now()): void {
  let since: number | null = document.visibilityState === 'visible' ? now() : null;
  const commit = () => {
    if (since === null) return;
    const t = now();
    spendTime(lessonId, (t - since) / 1000);
    since = t;
  };
  setInterval(commit, 30_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      commit();
      since = null;
    } else since = now();
  });
  window.addEventListener('pagehide', commit);
  window.addEventListener(LAST_RECORD_EVENT, commit);
}
