/**
 * The shell's LMS session: one Initialize, the learner record the pages work on, what goes to the LMS and
 * when, and one Terminate. No DOM here (src/lms/shell/main.ts wires it to the page): the port, the clock,
 * the timers and the backup storage are passed in, so the unit tests drive it with fakes.
 *
 * What is sent, mapped from the record by mapping.ts and interactions.ts: location (the page in the frame), suspend_data (the
 * encoded record), completion/success/score, one objective per module, the final test's interactions;
 * session time and exit just before Terminate. Only values that changed since the LMS last accepted them
 * are sent again.
 *
 * When: a commit after each lesson completion, quiz submission and simulation result (any change of an
 * activity's outcome), when a page is hidden or left, and on leaving — never more than once a second
 * (CONFORMANCE.md 7.3; the Skillsoft and Moodle notes there). The limit holds for a hidden page too: its
 * commit runs as soon as the second since the last one is over. Leaving within that second sends every
 * value and calls Terminate without a Commit of its own, since Terminate persists the data.
 *
 * Nothing lost: when the link fails (a commit refused, 101/351/391, an API that throws), learning goes on,
 * `onStatus('failed')` lets the shell show its banner, the record is kept in a local backup (per learner)
 * and everything not accepted is sent again at the next commit — an interaction at the index it was first
 * given, never as a new entry. A value the LMS refuses for itself (a format or range error: 404–408 in
 * 2004, 403–405 in 1.2) would be refused again: it is logged once (`refusals`), left out, and the rest goes
 * on (`onStatus('partial')`). A backup left by a launch whose commits all failed is merged back in at the
 * next launch. An LMS that reports completion or a score we cannot match (our record of it was unreadable)
 * keeps them: what we send never goes below what the LMS held at the start.
 */
import { trackedIds } from '../../domain/course/plan';
import { decodeRecord, encodeRecord } from '../../domain/record/codec';
import { emptyRecord, mergeRecords, type LearnerRecord } from '../../domain/record/record';
import type { FinalTestMessage } from '../bridge';
import { displayLearnerName } from '../mapping';
import type {
  ExerciseReport,
  InteractionEntry,
  InteractionWrite,
  ResumeState,
  TrackingError,
  TrackingResult,
} from '../tracking-port';
import { RecordBackup } from './backup';
import { HOME_PAGE, startPage } from './pages';
import { isCommitWorthy, shellReport, type ShellReport } from './progress';
import { exerciseLabel, questionLabel } from './texts';
import type { Opening, Refusal, SaveStatus, ShellDeps, Transmission } from './types';

/** An entry of `cmi.interactions` waiting to be sent, with the index it got when first tried. */
type Queued = ({ kind: 'question'; entry: InteractionEntry } | { kind: 'exercise'; report: ExerciseReport }) & { index?: number };

/** The least time between two commits. */
export const COMMIT_INTERVAL_MS = 1000;

/** The notice when the LMS holds a record we cannot read (corrupted, truncated, another course or version). */
export const UNREADABLE_NOTICE =
  'Votre progression enregistrée sur la plateforme n’a pas pu être relue : le parcours repart de zéro. Votre statut et votre score déjà enregistrés sur la plateforme sont conservés.';


export class ShellSession {
  private state: 'idle' | 'open' | 'closed' = 'idle';
  private resume: ResumeState | null = null;
  private record: LearnerRecord = emptyRecord();
  private page = HOME_PAGE;
  private startedAt = 0;
  private lastCommitAt = Number.NEGATIVE_INFINITY;
  private timer: unknown = null;
  /** What the LMS last accepted, by value group; cleared when a commit fails so that all is resent. */
  private accepted = new Map<string, string>();
  private interactions: Queued[] = [];
  /** Interactions accepted since the last accepted Commit: sent again (same index) if that Commit fails. */
  private sentSinceCommit: Queued[] = [];
  /** Scores of the évaluation exercises already reported (or held by the LMS when the session opened). */
  private readonly exerciseScores = new Map<string, number>();
  private readonly refused: Refusal[] = [];
  private readonly attemptsQueued = new Set<number>();
  private commitFailed = false;
  /** Values were accepted since the last Commit. */
  private pendingSinceCommit = false;
  private status: SaveStatus = 'saved';

  private readonly backup: RecordBackup;

  constructor(private readonly deps: ShellDeps) {
    this.backup = new RecordBackup(deps.storage, () => this.resume?.learnerId ?? '');
  }

  private get ids(): string[] {
    return trackedIds(this.deps.config.plan);
  }

  /** Initialize (once) and read the resume state; the record is the LMS's, merged with an unsent backup. */
  open(deepLink: string): TrackingResult<Opening> {
    if (this.state !== 'idle') return { ok: false, error: { kind: 'state', code: 'state.initialized', message: 'the shell opens its session once' } };
    const { port } = this.deps;
    const init = port.initialize();
    if (!init.ok) return init;
    this.state = 'open';
    this.startedAt = this.deps.now();
    const read = port.readResumeState();
    if (!read.ok) return read;
    const resume = read.value;
    this.resume = resume;

    const decoded = decodeRecord(resume.suspendData, this.ids);
    let notice: string | null = null;
    let record = decoded.ok ? decoded.value.record : emptyRecord();
    if (!decoded.ok && !decoded.issues.includes('empty')) notice = UNREADABLE_NOTICE;
    const backup = this.backup.read(this.ids);
    if (backup) record = mergeRecords(record, backup);
    this.record = record;
    // What the LMS already holds need not be sent again.
    if (decoded.ok && !backup) this.accepted.set('suspend_data', encodeRecord(record));
    this.page = startPage(deepLink, resume.location);
    for (const [id, result] of Object.entries(record.activities)) if (result.score !== undefined && this.deps.config.exercises?.[id]) this.exerciseScores.set(id, result.score);
    return { ok: true, value: { resume, record: encodeRecord(record), notice, learnerName: displayLearnerName(resume.learnerName), page: this.page } };
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  get currentRecord(): LearnerRecord {
    return this.record;
  }

  /** The record as it stands, encoded, for the next page's `welcome`. */
  encodedRecord(): string {
    return encodeRecord(this.record);
  }

  /** A page sent the record (encoded). Unreadable records are ignored: the page's own copy is the backup. */
  receiveRecord(encoded: string, flush: boolean): void {
    const before = this.record;
    if (!this.takeRecord(encoded)) return;
    if (flush || isCommitWorthy(before, this.record, this.deps.config.plan)) this.requestCommit();
  }

  /** Makes a page's record (encoded) the session's; `false` when the session is closed or it is unreadable. */
  private takeRecord(encoded: string): boolean {
    if (this.state !== 'open') return false;
    const decoded = decodeRecord(encoded, this.ids);
    if (!decoded.ok) return false;
    this.record = decoded.value.record;
    this.backup.write(this.record);
    return true;
  }

  /** A final-test submission from a page: its interactions are journaled once per attempt. */
  receiveFinalTest(message: FinalTestMessage): void {
    const final = this.deps.config.finalTest;
    if (this.state !== 'open' || !final || message.bank !== final.bank.id || this.attemptsQueued.has(message.attempt)) return;
    this.attemptsQueued.add(message.attempt);
    for (const record of message.interactions) {
      const extra = final.questions[record.id];
      const entry: InteractionEntry = { record, ...(extra?.description ? { description: extra.description } : {}), ...(extra?.alphabet ? { alphabet: extra.alphabet } : {}) };
      this.interactions.push({ kind: 'question', entry });
    }
    this.requestCommit();
  }

  /** The frame shows another page: the new bookmark, sent at the next commit. */
  showPage(page: string): void {
    this.page = page;
  }

  /** Commits now, or as soon as a second has passed since the last commit. */
  requestCommit(): void {
    if (this.state !== 'open' || this.timer !== null) return;
    const wait = this.lastCommitAt + COMMIT_INTERVAL_MS - this.deps.now();
    if (wait <= 0) this.commitNow();
    else this.timer = this.deps.setTimer(() => {
      this.timer = null;
      this.commitNow();
    }, wait);
  }

  /** Completion, success, score and objectives of the current record, floored by what the LMS held. */
  report(): ShellReport {
    return shellReport(this.deps.config, this.record, this.resume);
  }

  /** The évaluation exercises whose score changed since it was last reported: queued as interactions. */
  private queueExercises(): void {
    const exercises = this.deps.config.exercises ?? {};
    for (const [id, about] of Object.entries(exercises)) {
      const score = this.record.activities[id]?.score;
      if (score === undefined || this.exerciseScores.get(id) === score) continue;
      this.exerciseScores.set(id, score);
      this.interactions.push({ kind: 'exercise', report: { id, module: about.module, title: about.title, score } });
    }
  }

  /** A refusal of a value for itself, logged once (`what` says what it was). */
  private refuse(what: string, error: TrackingError): void {
    if (this.refused.some((r) => r.what === what && r.error.code === error.code && r.error.element?.replace(/\.\d+\./g, '.n.') === error.element?.replace(/\.\d+\./g, '.n.'))) return;
    this.refused.push({ what, error });
    console.warn(`[LMS] refused, left out: ${what}: ${error.code} ${error.message}${error.element ? ` (${error.element})` : ''}`);
  }

  private writeQueued(item: Queued): TrackingResult<InteractionWrite> {
    const { port } = this.deps;
    return item.kind === 'question' ? port.recordInteraction(item.entry, item.index) : port.recordExercise(item.report, item.index);
  }

  /** Sends every value the LMS has not accepted yet; the first link failure found, or `null`. */
  private sendChanges(): TrackingError | null {
    const { port } = this.deps;
    const { progress, objectives } = this.report();
    let problem: TrackingError | null = null;
    const send = (key: string, what: string, value: string, write: () => TrackingResult<unknown>) => {
      if (this.accepted.get(key) === value) return;
      const result = write();
      if (result.ok) {
        this.accepted.set(key, value);
        this.pendingSinceCommit = true;
      } else if (this.deps.port.isValueRefusal(result.error)) {
        // Refused for itself: sending it again would be refused again. It goes again once it changes.
        this.accepted.set(key, value);
        this.refuse(what, result.error);
      } else problem ??= result.error;
    };
    send('location', 'la page en cours', this.page, () => port.setLocation(this.page));
    const encoded = encodeRecord(this.record);
    send('suspend_data', 'la progression détaillée', encoded, () => port.setSuspendData(encoded));
    send('progress', 'le statut et le score du cours', JSON.stringify(progress), () => port.setProgress(progress));
    for (const objective of objectives) send(`objective:${objective.id}`, `l’objectif du module ${objective.id}`, JSON.stringify(objective), () => port.setObjective(objective));
    this.queueExercises();
    while (problem === null && this.interactions.length > 0) {
      const item = this.interactions[0];
      if (!item) break;
      const result = this.writeQueued(item);
      const what = item.kind === 'question' ? questionLabel(item.entry) : exerciseLabel(item.report.title);
      if (!result.ok) {
        if (this.deps.port.isValueRefusal(result.error)) {
          this.interactions.shift();
          this.refuse(what, result.error);
          continue;
        }
        // A link failure: sent again at the next commit, at the same index (never a second entry).
        if (result.error.index !== undefined) item.index = result.error.index;
        problem = result.error;
        break;
      }
      this.interactions.shift();
      for (const error of result.value.refused) this.refuse(what, error);
      if (result.value.status === 'recorded') {
        this.pendingSinceCommit = true;
        if (result.value.index !== null) this.sentSinceCommit.push({ ...item, index: result.value.index });
      }
    }
    return problem;
  }

  /** Values the LMS refused for themselves in this session, each once. */
  get refusals(): readonly Refusal[] {
    return this.refused;
  }

  /** Interactions waiting to be sent (after a link failure, or not yet committed). */
  get pendingInteractions(): number {
    return this.interactions.length;
  }

  /** What the quit page says once the session is closed. */
  transmission(): Transmission {
    return { pending: this.status === 'failed' || this.interactions.length > 0, refusals: this.refused };
  }

  private setStatus(status: SaveStatus, error: TrackingError | null): void {
    if (status === this.status && status !== 'failed') return;
    this.status = status;
    this.deps.onStatus(status, error);
  }

  /** `saved`, or `partial` once a value was refused for itself. */
  private settled(): SaveStatus {
    return this.refused.length > 0 ? 'partial' : 'saved';
  }

  get saveStatus(): SaveStatus {
    return this.status;
  }

  /** Sends what changed and commits; skipped when nothing changed since the last accepted commit. */
  commitNow(): void {
    if (this.state !== 'open') return;
    if (this.timer !== null) {
      this.deps.clearTimer(this.timer);
      this.timer = null;
    }
    const problem = this.sendChanges();
    if (problem === null && !this.pendingSinceCommit && !this.commitFailed) return;
    this.pendingSinceCommit = false;
    this.lastCommitAt = this.deps.now();
    const committed = this.deps.port.commit();
    this.afterCommit(problem, committed);
  }

  private afterCommit(problem: TrackingError | null, committed: TrackingResult): void {
    if (!committed.ok) {
      // The LMS may not have kept anything since the last good commit: send it all again next time, the
      // interactions at the indexes they were given.
      this.accepted.clear();
      this.interactions = [...this.sentSinceCommit, ...this.interactions];
      this.sentSinceCommit = [];
      this.commitFailed = true;
      this.setStatus('failed', committed.error);
      return;
    }
    this.commitFailed = false;
    this.sentSinceCommit = [];
    if (problem) {
      this.setStatus('failed', problem);
      return;
    }
    this.backup.drop();
    this.setStatus(this.settled(), this.refused.at(-1)?.error ?? null);
  }

  /**
   * Leaves: sends what changed, session time and exit, commits (unless a commit ran less than a second ago:
   * Terminate persists the data too) and terminates — once, whatever calls it first (« Quitter le cours »,
   * pagehide, beforeunload). `lastRecord`: the page's record read at that moment (bridge.ts
   * `readLastRecord`), which may hold changes whose message has not arrived yet.
   *
   * @spec SCORM 2004 4th Ed. RTE §3.1.3.2 Terminate (data persisted), §4.2 cmi.exit, cmi.session_time;
   *   SCORM 1.2 RTE §3.3 LMSFinish; CONFORMANCE.md 1.8, 7.4.
   */
  finish(lastRecord: string | null = null): TrackingResult {
    if (this.state !== 'open') return { ok: false, error: { kind: 'state', code: 'state.terminated', message: 'the session is not open' } };
    if (lastRecord !== null) this.takeRecord(lastRecord);
    if (this.timer !== null) {
      this.deps.clearTimer(this.timer);
      this.timer = null;
    }
    const { port } = this.deps;
    let problem = this.sendChanges();
    const time = port.setSessionTime(this.deps.now() - this.startedAt);
    if (!time.ok) problem ??= time.error;
    const exit = port.setExit(this.report().exit);
    if (!exit.ok) problem ??= exit.error;
    if (this.deps.now() - this.lastCommitAt >= COMMIT_INTERVAL_MS) {
      const committed = port.commit();
      if (!committed.ok) problem ??= committed.error;
    }
    const terminated = port.terminate();
    this.state = 'closed';
    if (!terminated.ok) problem ??= terminated.error;
    if (problem) {
      this.backup.write(this.record);
      this.setStatus('failed', problem);
      return { ok: false, error: problem };
    }
    this.backup.drop();
    this.status = this.settled();
    return { ok: true, value: undefined };
  }
}
