/**
 * A confirmation before an action that throws work away (« Recommencer l'exercice », another mode): a modal
 * dialog (the browser's own, so focus stays inside and Escape cancels), named by its title, that returns the
 * focus to the control that opened it whichever way it closes.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { fr } from '../kit';

export interface ConfirmRequest {
  title: string;
  text: string;
  confirm: string;
  onConfirm: () => void;
}

export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | null; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (request && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!request && element.open) element.close();
  }, [request]);
  const close = (confirmed: boolean) => {
    dialog.current?.close();
    const back = opener.current;
    opener.current = null;
    if (confirmed) request?.onConfirm();
    onClose();
    // After the action re-rendered the frame, the control that opened the dialog gets the focus back.
    requestAnimationFrame(() => back?.isConnected && back.focus());
  };
  return (
    <dialog
      ref={dialog}
      class="sim-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close(false);
      }}
    >
      {request && (
        <Body titleId={titleId} title={request.title}>
          <p>{fr(request.text)}</p>
          <div class="sim-dialog__actions">
            <button type="button" class="button" autoFocus onClick={() => close(false)}>
              Annuler
            </button>
            <button type="button" class="button button--primary" onClick={() => close(true)}>
              {fr(request.confirm)}
            </button>
          </div>
        </Body>
      )}
    </dialog>
  );
}

function Body({ titleId, title, children }: { titleId: string; title: string; children: ComponentChildren }) {
  return (
    <>
      <h4 id={titleId} class="sim-dialog__title">
        {fr(title)}
      </h4>
      {children}
    </>
  );
}
