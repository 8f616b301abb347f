/**
 * What the simulation frame gives every screen beyond its props, through one context: the French message of an
 * issue (the frame's simulator knows the messages of its areas), where the « Pourquoi ? »
 * of the last refusal goes (the field the form focused), how to bring an element into view below the frame's
 * sticky bar, and the draft of the form being filled (kept in the run so that a reload restores it).
 * Outside a frame (unit tests, a screen rendered alone) the defaults do nothing surprising.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { coreMessages, messageFrom, type Issue } from '../../../domain/simulator/core';

export interface Player {
  /** The French message of an issue, ready to show by its field. */
  message: (found: Issue) => string;
  /** The explanation of the last refusal and the id of the element it is shown by (null: not placed yet). */
  why: { text: string; at: string | null };
  /** Shows the current « Pourquoi ? » by the element `id` (a field, or a form's general messages). */
  placeWhy: (id: string) => void;
  /** Scrolls so that `element` is in view below the frame's sticky bar. */
  reveal: (element: Element) => void;
  /** The fields saved for form `name` of the screen on view, if the learner had typed some. */
  draftOf: (name: string) => Readonly<Record<string, unknown>> | undefined;
  /** Saves the fields of form `name` that differ from its start (`{}` forgets them). */
  keepDraft: (name: string, fields: Readonly<Record<string, unknown>>) => void;
}

const NOBODY: Player = {
  message: (found) => messageFrom(coreMessages, found),
  why: { text: '', at: null },
  placeWhy: () => undefined,
  reveal: (element) => element.scrollIntoView?.({ block: 'nearest' }),
  draftOf: () => undefined,
  keepDraft: () => undefined,
};

export const PlayerContext = createContext<Player>(NOBODY);

export function usePlayer(): Player {
  return useContext(PlayerContext);
}
