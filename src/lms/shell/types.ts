/**
 * What the shell's LMS session (session.ts) is given and what it tells: the course configuration the
 * shell page ships, the injected dependencies, the opening and the save status the banner and the quit
 * page show.
 */
import type { Plan } from '../../domain/course/plan';
import type { BankOutline } from '../../domain/quiz/rules';
import type { CourseObjectiveRef } from '../mapping';
import type { InteractionAlphabet, ResumeState, TrackingError, TrackingPort } from '../tracking-port';

/** Where the local backup lives (localStorage in the browser). */
export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the shell page ships about the course (built from content/ by lancement.astro). */
export interface ShellConfig {
  plan: Plan;
  /** course.yaml `masteryScore`, 0–100. */
  masteryScore: number;
  /** course.yaml `attempts` for the final test. */
  attempts: number;
  /** The final test: its bank outline and, per question id, what its interactions need. `null`: no final test. */
  finalTest: {
    bank: BankOutline;
    questions: Readonly<Record<string, { description?: string; alphabet?: InteractionAlphabet }>>;
    /** The objectives it assesses, in programme order (reported one by one to the LMS). */
    objectives?: readonly CourseObjectiveRef[] | undefined;
  } | null;
  /** The évaluation exercises (scenario id → its module and title): each score goes to the LMS. */
  exercises?: Readonly<Record<string, { module: string; title: string }>>;
}

/**
 * `saved`: the LMS accepted everything sent so far; `partial`: it accepted everything but values it refused
 * for themselves (see `refusals`), which are not sent again; `failed`: the link failed, what was not
 * accepted is kept and will be resent.
 */
export type SaveStatus = 'saved' | 'partial' | 'failed';

/** A value the LMS refused for itself, logged once: what it was (in the learner's words) and why. */
export interface Refusal {
  /** « la réponse à la question fin-m1-… », « la page en cours »… */
  what: string;
  error: TrackingError;
}

/** What the quit page says: all transmitted, except the refusals; or kept locally to be sent again. */
export interface Transmission {
  /** Something could not be sent (link failure): kept in this browser, sent again at the next launch. */
  pending: boolean;
  refusals: readonly Refusal[];
}


export interface ShellDeps {
  port: TrackingPort;
  config: ShellConfig;
  /** Milliseconds, monotonic (performance.now). */
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** The local backup of records the LMS has not accepted yet; `null` when the browser has no storage. */
  storage: BackupStorage | null;
  onStatus: (status: SaveStatus, error: TrackingError | null) => void;
}

/** What the shell needs to open the course once the session is open. */
export interface Opening {
  resume: ResumeState;
  /** The record the pages start from, encoded. */
  record: string;
  notice: string | null;
  /** Ready to display (« Prénom Nom »). */
  learnerName: string;
  /** The page to show first. */
  page: string;
}
