/**
 * LMS tracking, on the course page's side: when the page runs inside the launch shell (lancement.html), the
 * learner record comes from the shell — which holds the LMS's record for the whole launch — and every
 * change goes back to it; the shell maps it to SCORM and talks to the LMS (src/lms/shell/). Final-test
 * submissions are sent with their interaction records, which only this page knows (learner responses are
 * not kept in the record, for the suspend_data budget).
 *
 * Course pages run inside the shell only: one opened on its own goes there first (src/lms/deep-link.ts),
 * and the standalone course has the shell's embedded LMS. A page whose parent does not answer (a frame of
 * another site) keeps its record in memory and writes nothing.
 */
import { trackedIds } from '../domain/course/plan';
import { decodeRecord, encodeRecord } from '../domain/record/codec';
import { emptyRecord } from '../domain/record/record';
import { answerLastRecord, CHANNEL, connectToShell, type PageWindow, type ShellLink } from '../lms/bridge';
import { $plan, $record, keepPageRecord, rememberLearnerName, takeShellRecord, withPageChanges } from '../stores/record';

/**
 * Links the page to the shell if there is one (resolves with the link, or `null` when standalone). Call it
 * after the page's own start-up (record restored, lesson opened, time tracking and saving started), so its
 * `pagehide`/`visibilitychange` listeners, and its answer to the shell's last read, run after theirs and
 * give the last state.
 */
export async function startTracking(win: PageWindow & Pick<Window, 'addEventListener'> = window, doc: Document = document): Promise<ShellLink | null> {
  // When the launch ends, the shell may close its session before this page's messages reach it (even its
  // welcome to this page may still be on the way): it reads the page's record directly then.
  let linked = false;
  answerLastRecord(win, (shellRecord) => {
    if (linked) return encodeRecord($record.get());
    const decoded = decodeRecord(shellRecord, trackedIds($plan.get()));
    return decoded.ok ? encodeRecord(withPageChanges(decoded.value.record)) : null;
  });
  const link = await connectToShell(win);
  if (!link) {
    keepPageRecord();
    return null;
  }

  // The shell's record is the LMS's, the source of truth; what this page did while linking (the lesson
  // opened, its end reached, a first answer) is applied again on it.
  const decoded = decodeRecord(link.welcome.record, trackedIds($plan.get()));
  takeShellRecord(decoded.ok ? decoded.value.record : emptyRecord(), link.welcome.notice);
  linked = true;
  if (link.welcome.learnerName && !$record.get().learnerName) rememberLearnerName(link.welcome.learnerName);

  let last = '';
  const send = (flush: boolean) => {
    const record = encodeRecord($record.get());
    if (record === last && !flush) return;
    last = record;
    link.send({ channel: CHANNEL, type: 'record', record, flush });
  };
  send(false);
  $record.listen(() => send(false));
  win.addEventListener('pagehide', () => send(true));
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') send(true);
  });

  // Submissions (one per attempt): the shell keeps those of the final test for cmi.interactions. The quiz
  // store is loaded only where a quiz island is (it is already loaded there): text pages stay light.
  if (!doc.querySelector('astro-island[component-url*="/Quiz."]')) return link;
  const { $quizRuntime } = await import('../stores/quiz');
  const sent = new Set<string>();
  $quizRuntime.listen((runtimes) => {
    for (const [bank, runtime] of Object.entries(runtimes)) {
      const submission = runtime?.submission;
      if (!submission) continue;
      const key = `${bank}:${submission.attempt.number}`;
      if (sent.has(key)) continue;
      sent.add(key);
      // After the record of the same submission (the store writes it right after this runtime change), so
      // the shell's commit carries the interactions with the new status and score, not the old ones.
      queueMicrotask(() => {
        send(false);
        link.send({ channel: CHANNEL, type: 'final-test', bank, attempt: submission.attempt.number, interactions: submission.interactions });
      });
    }
  });
  return link;
}
