/**
 * Trainer mode state: the deck of steps, and the state this window shares with the other trainer window
 * (presenter ⇄ audience). Islands call the named actions below; the sync reaction
 * (src/reactions/presenter-sync.ts) sends local changes and feeds received ones to `receiveState`.
 * Nothing here touches the learner record.
 */
import { atom } from 'nanostores';
import { firstPosition, locate, next, normalize, previous, restart, type Position } from '../domain/presenter/navigation';
import type { Deck } from '../domain/presenter/steps';
import { acceptUpdate, applyChange, initialState, isSyncState, type Change, type Role, type SyncState } from '../domain/presenter/sync';

/** This window: its role and a random id (the `lastUpdate.id` of its own changes). */
export interface Session {
  role: Role;
  id: string;
}

export const $deck = atom<Deck>([]);
export const $session = atom<Session>({ role: 'presenter', id: '' });
export const $presenter = atom<SyncState>({
  lessonId: '',
  step: 0,
  revealed: false,
  blank: false,
  lastUpdate: { id: '', role: 'presenter', time: 0 },
});

/** Injected clock, so tests control time. */
let now: () => number = () => Date.now();
export function setClock(clock: () => number): void {
  now = clock;
}

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `w-${Math.random().toString(36).slice(2)}-${now().toString(36)}`;
}

/**
 * Boots the window: its deck, its role, and where to start — `start` (the lesson chosen on /formateur/)
 * wins; otherwise the last shared state (`saved`, as read from storage) when it fits the deck; otherwise the
 * first step. A start chosen here is a local change, sent to the other window.
 */
export function bootPresenter(deck: Deck, role: Role, options: { saved?: unknown; start?: Position | undefined } = {}): void {
  $deck.set(deck);
  const session = { role, id: randomId() };
  $session.set(session);
  const first = firstPosition(deck) ?? { lessonId: '', step: 0 };
  if (options.start) {
    const position = normalize(deck, options.start) ?? first;
    $presenter.set(initialState(position, session, now()));
    return;
  }
  if (isSyncState(options.saved)) {
    const saved = options.saved;
    const position = normalize(deck, saved) ?? first;
    // Adopted as is (not re-stamped): it is the other window's state, not a change of ours.
    $presenter.set({ ...saved, lessonId: position.lessonId, step: position.step, lastUpdate: { ...saved.lastUpdate } });
    return;
  }
  // Time 0: any state the other window sends wins over this default.
  $presenter.set(initialState(first, session, 0));
}

function change(patch: Change): void {
  $presenter.set(applyChange($presenter.get(), patch, $session.get(), now()));
}

function moveTo(position: Position | null): void {
  if (position) change({ lessonId: position.lessonId, step: position.step });
}

export function nextStep(): void {
  moveTo(next($deck.get(), $presenter.get()));
}

export function previousStep(): void {
  moveTo(previous($deck.get(), $presenter.get()));
}

/** « Aller à l'étape n »: `step` is 0-based, clamped to the lesson. */
export function goToStep(lessonId: string, step: number): void {
  moveTo(normalize($deck.get(), { lessonId, step }));
}

/** « Recommencer »: the démonstration's first step, or the lesson's. */
export function restartStep(): void {
  moveTo(restart($deck.get(), $presenter.get()));
}

/** R: shows or hides the answer, only on a step that has one. */
export function toggleReveal(): boolean {
  const state = $presenter.get();
  const found = locate($deck.get(), state);
  if (!found?.step.revealable) return false;
  change({ revealed: !state.revealed });
  return true;
}

/** B: black screen for the audience, or back. */
export function toggleBlank(): void {
  change({ blank: !$presenter.get().blank });
}

/** Z: the audience view zooms on the action area of a simulation, or back. */
export function toggleZoom(): void {
  change({ zoom: !$presenter.get().zoom });
}

/** A state received from the other window; returns whether it was adopted. */
export function receiveState(incoming: unknown): boolean {
  const accepted = acceptUpdate($presenter.get(), incoming, $session.get().role);
  if (!accepted) return false;
  const position = normalize($deck.get(), accepted);
  $presenter.set(position ? { ...accepted, lessonId: position.lessonId, step: position.step } : accepted);
  return true;
}

/** Whether the current state is a change made in this window (the sync reaction sends only those). */
export function isLocalChange(state: SyncState): boolean {
  return state.lastUpdate.id === $session.get().id;
}

/** Start of the day set by the trainer, in minutes since midnight (the day plan's first slot). */
export const $dayStart = atom<number>(9 * 60);

export function setDayStart(minutes: number): void {
  if (Number.isFinite(minutes) && minutes >= 0 && minutes < 24 * 60) $dayStart.set(Math.round(minutes));
}
