// A modal confirmation step (the native <dialog>: focus is held inside, Esc cancels, the rest of the page is inert).
// Dangerous commands go through here: the kill switch wants the word KILL typed, re-arming a second distinct button.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  /** Label of the button that does it ("Engage kill switch"). */
  readonly confirmLabel: string;
  /** When set, the confirm button stays unavailable until exactly this word is typed. */
  readonly typeToConfirm?: string;
  readonly danger?: boolean;
  readonly busy: boolean;
  /** The last failure, shown inside the dialog so the trader sees why nothing happened. */
  readonly error: string | null;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog(p: Props): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const ids = { title: useId(), body: useId(), typed: useId() };

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (p.open && !dialog.open) {
      setTyped('');
      dialog.showModal();
    } else if (!p.open && dialog.open) {
      dialog.close();
    }
  }, [p.open]);

  const ready = !p.busy && (p.typeToConfirm === undefined || typed === p.typeToConfirm);
  return (
    <dialog
      ref={ref}
      className={p.danger ? 'risk-dialog danger' : 'risk-dialog'}
      aria-labelledby={ids.title}
      aria-describedby={ids.body}
      onCancel={(e) => {
        e.preventDefault();
        p.onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) p.onConfirm();
        }}
      >
        <h3 id={ids.title}>{p.title}</h3>
        <div id={ids.body} className="risk-dialog-body">
          {p.children}
        </div>
        {p.typeToConfirm !== undefined && (
          <p className="risk-dialog-typed">
            <label htmlFor={ids.typed}>
              Type <strong>{p.typeToConfirm}</strong> to confirm
            </label>
            <input
              id={ids.typed}
              className="pc-input"
              autoComplete="off"
              spellCheck={false}
              autoFocus
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </p>
        )}
        {p.error !== null && (
          <p className="pc-error" role="alert">
            {p.error}
          </p>
        )}
        <div className="risk-dialog-actions">
          <button type="button" className="ws-button" onClick={p.onCancel} autoFocus={p.typeToConfirm === undefined}>
            Cancel
          </button>
          <button
            type="submit"
            className={p.danger ? 'ws-button risk-confirm danger' : 'ws-button risk-confirm'}
            aria-disabled={!ready}
            aria-busy={p.busy}
          >
            {p.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
