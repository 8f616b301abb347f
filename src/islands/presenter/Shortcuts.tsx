/** The « ? » dialog listing the keyboard shortcuts, and the keyboard handler both views share. */
import { useEffect, useRef } from 'preact/hooks';
import { commandFor, SHORTCUTS, type Command } from '../../domain/presenter/keys';
import { nextStep, previousStep, toggleBlank, toggleReveal, toggleZoom } from '../../stores/presenter';
import { keyPress, toggleFullscreen } from './dom';

interface DialogProps {
  open: boolean;
  onClose: () => void;
}

export function ShortcutsDialog({ open, onClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} class="shortcuts" aria-labelledby="raccourcis-titre" onClose={onClose}>
      <h2 id="raccourcis-titre">Raccourcis clavier</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.command}>
            <dt>
              {s.keys.map((k, i) => (
                <>
                  {i > 0 && ' ou '}
                  <kbd>{k}</kbd>
                </>
              ))}
            </dt>
            <dd>{s.label}</dd>
          </div>
        ))}
      </dl>
      <p>Chaque raccourci a aussi son bouton dans la vue présentateur.</p>
      <button type="button" class="button" onClick={onClose}>
        Fermer
      </button>
    </dialog>
  );
}

/** Runs a command from a key or a button. Returns a message for the status line, if any. */
export function run(command: Command, openHelp: () => void): string | null {
  switch (command) {
    case 'next':
      nextStep();
      return null;
    case 'previous':
      previousStep();
      return null;
    case 'blank':
      toggleBlank();
      return null;
    case 'reveal':
      return toggleReveal() ? null : 'Rien à révéler à cette étape.';
    case 'zoom':
      toggleZoom();
      return null;
    case 'fullscreen':
      toggleFullscreen();
      return null;
    case 'help':
      openHelp();
      return null;
  }
}

/** Listens to the keyboard on the whole window while no dialog is open. */
export function useShortcuts(openHelp: () => void, onMessage: (message: string | null) => void): void {
  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const command = commandFor(keyPress(event));
      if (!command) return;
      event.preventDefault();
      onMessage(run(command, openHelp));
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [openHelp, onMessage]);
}
