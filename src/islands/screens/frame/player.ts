/**
 * What the frame gives its screens through the kit's PlayerContext: the messages of its simulator, the
 * « Pourquoi ? » placed by the refused field, the scroll below the sticky bar, and the draft of the form on view (kept in the run, in the store).
 */
import type { Run } from '../../../domain/simulation/run';
import type { Issue } from '../../../domain/simulator/core';
import { keepDraft } from '../../../stores/simulation';
import type { Player } from '../kit';
import { revealBelowBar } from './view';

export interface Why {
  text: string;
  at: string | null;
}

export function framePlayer(p: {
  key: string;
  run: Run;
  activity: boolean;
  screen: { id: string; params: Readonly<Record<string, string>> };
  why: Why;
  setWhy: (update: (was: Why) => Why) => void;
  /** The frame's simulator's messages. */
  message: (found: Issue) => string;
}): Player {
  const demo = p.run.mode === 'demonstration';
  // A draft belongs to the screen and its subject (invoice, piece), not to the démonstration event it shows.
  const { event: _event, ...params } = p.screen.params;
  return {
    why: p.why,
    message: p.message,
    placeWhy: (at) => p.setWhy((was) => (was.text ? { ...was, at } : was)),
    reveal: revealBelowBar,
    draftOf: (name) => {
      const draft = p.run.draft;
      if (!draft || demo || draft.screen !== p.screen.id || JSON.stringify(draft.params ?? {}) !== JSON.stringify(params)) return undefined;
      return draft.forms[name];
    },
    keepDraft: (name, fields) => {
      if (p.activity && !demo) keepDraft(p.key, p.screen.id, params, name, fields);
    },
  };
}
