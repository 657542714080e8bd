/**
 * A modal built on <dialog>.showModal(): the page behind becomes inert and focus stays inside.
 * Esc asks the owner (onCancel) instead of closing by itself, so a running import cannot be dismissed.
 */
import { type ReactNode, useEffect, useRef } from 'react';

interface ModalProps {
  labelledBy: string;
  onCancel(): void;
  children: ReactNode;
  className?: string;
  testId?: string;
}

export function Modal({ labelledBy, onCancel, children, className, testId }: ModalProps): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The browser may still close it (a second Esc without user activation): show it again, this component owns it.
    const reopen = () => {
      if (dialog?.isConnected && !dialog.open) dialog.showModal();
    };
    dialog?.addEventListener('close', reopen);
    return () => {
      dialog?.removeEventListener('close', reopen);
      dialog?.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
