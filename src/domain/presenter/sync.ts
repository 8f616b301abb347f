/**
 * The small state the presenter and audience windows share (after Slidev's shared state): where the class
 * is, whether the answer is revealed and whether the shared screen is black, plus who changed it last.
 * Windows exchange it whole; a window ignores updates carrying its own role, so its own echoes (and a second
 * window of the same kind) never fight with it.
 */
import type { Position } from './navigation';

export type Role = 'presenter' | 'audience';

export interface LastUpdate {
  /** Id of the window that made the change (random per window). */
  id: string;
  role: Role;
  /** Milliseconds since the epoch. */
  time: number;
}

export interface SyncState {
  lessonId: string;
  /** Index of the step in the lesson. */
  step: number;
  /** Whether the current step's answer is shown to the audience (R). */
  revealed: boolean;
  /** Whether the audience screen is black (B). */
  blank: boolean;
  /** Whether the audience view zooms on the action area of a simulation (Z). Absent from older windows: off. */
  zoom?: boolean;
  lastUpdate: LastUpdate;
}

/** What a window changes; moving to another step hides the answer again. */
export type Change = Partial<Pick<SyncState, 'lessonId' | 'step' | 'revealed' | 'blank' | 'zoom'>>;

/** The state a window starts with before it hears from the other one. */
export function initialState(position: Position, origin: Omit<LastUpdate, 'time'>, time: number): SyncState {
  return { lessonId: position.lessonId, step: position.step, revealed: false, blank: false, lastUpdate: { ...origin, time } };
}

/** Applies a local change and stamps it with this window's id and role. */
export function applyChange(state: SyncState, change: Change, origin: Omit<LastUpdate, 'time'>, time: number): SyncState {
  const moved =
    (change.lessonId !== undefined && change.lessonId !== state.lessonId) || (change.step !== undefined && change.step !== state.step);
  return {
    lessonId: change.lessonId ?? state.lessonId,
    step: change.step ?? state.step,
    revealed: change.revealed ?? (moved ? false : state.revealed),
    blank: change.blank ?? state.blank,
    ...((change.zoom ?? state.zoom) ? { zoom: true } : {}),
    lastUpdate: { ...origin, time },
  };
}

const ROLES: readonly string[] = ['presenter', 'audience'];

/** Whether a message received from another window is a well-formed state (anything may arrive on a channel). */
export function isSyncState(value: unknown): value is SyncState {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const last = v['lastUpdate'] as Record<string, unknown> | null | undefined;
  return (
    typeof v['lessonId'] === 'string' &&
    typeof v['step'] === 'number' &&
    Number.isInteger(v['step']) &&
    typeof v['revealed'] === 'boolean' &&
    typeof v['blank'] === 'boolean' &&
    (v['zoom'] === undefined || typeof v['zoom'] === 'boolean') &&
    !!last &&
    typeof last === 'object' &&
    typeof last['id'] === 'string' &&
    typeof last['role'] === 'string' &&
    ROLES.includes(last['role']) &&
    typeof last['time'] === 'number'
  );
}

/**
 * The state to adopt when another window sends one, or `null` to ignore it: malformed messages, updates
 * carrying this window's own role, and updates older than the change this window already has.
 */
export function acceptUpdate(current: SyncState, incoming: unknown, ownRole: Role): SyncState | null {
  if (!isSyncState(incoming)) return null;
  if (incoming.lastUpdate.role === ownRole) return null;
  if (incoming.lastUpdate.time < current.lastUpdate.time) return null;
  return {
    lessonId: incoming.lessonId,
    step: incoming.step,
    revealed: incoming.revealed,
    blank: incoming.blank,
    ...(incoming.zoom ? { zoom: true } : {}),
    lastUpdate: { ...incoming.lastUpdate },
  };
}
