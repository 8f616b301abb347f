/** The keyboard shortcuts of the trainer views, as data: the views and the « ? » dialog both read them. */

export type Command = 'next' | 'previous' | 'blank' | 'fullscreen' | 'reveal' | 'zoom' | 'help';

export interface Shortcut {
  command: Command;
  /** Keys as shown in the « ? » dialog. */
  keys: readonly string[];
  /** What it does, in French. */
  label: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'next', keys: ['→', 'Espace', 'Page suivante'], label: 'Étape suivante' },
  { command: 'previous', keys: ['←', 'Page précédente'], label: 'Étape précédente' },
  { command: 'blank', keys: ['B'], label: 'Écran noir pour le public (ou le rallumer)' },
  { command: 'reveal', keys: ['R'], label: 'Révéler la réponse d’une question (ou la masquer)' },
  { command: 'zoom', keys: ['Z'], label: 'Zoom sur la zone d’action d’une simulation pour le public (ou le retirer)' },
  { command: 'fullscreen', keys: ['F'], label: 'Plein écran de cette fenêtre (ou en sortir)' },
  { command: 'help', keys: ['?'], label: 'Afficher cette liste des raccourcis' },
];

const BY_KEY: Readonly<Record<string, Command>> = {
  ArrowRight: 'next',
  ' ': 'next',
  Spacebar: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  b: 'blank',
  B: 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  r: 'reveal',
  R: 'reveal',
  z: 'zoom',
  Z: 'zoom',
  '?': 'help',
};

/** A key press as the views see it. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** What has the focus: typing in a field or pressing a button must not move the class. */
  target?: 'field' | 'button' | 'other';
}

/**
 * The command for a key press, or `null`. Keys with Ctrl, Cmd or Alt are the browser's; nothing fires while
 * typing in a field; Space on a button presses the button rather than moving on.
 */
export function commandFor(press: KeyPress): Command | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.target === 'field') return null;
  if (press.target === 'button' && (press.key === ' ' || press.key === 'Spacebar' || press.key === 'Enter')) return null;
  return BY_KEY[press.key] ?? null;
}
