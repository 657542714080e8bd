/**
 * A question asked in place before a change the user may not want (replace data, undo an import):
 * an alert dialog whose safe answer, the first action, has the focus, so Enter never destroys.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface ConfirmAction {
  label: string;
  onClick(): void;
  /** 'danger': the destructive answer, shown last. */
  tone?: 'danger';
  disabled?: boolean;
  testId?: string;
}

interface ConfirmBoxProps {
  title: ReactNode;
  children: ReactNode;
  /** The safe answer first: it gets the focus. */
  actions: readonly ConfirmAction[];
  testId: string;
}

export function ConfirmBox({ title, children, actions, testId }: ConfirmBoxProps): React.JSX.Element {
  const id = useId();
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    safe.current?.focus();
  }, []);
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      data-testid={testId}
    >
      <p id={`${id}-title`} className="confirm-title">
        {title}
      </p>
      <div id={`${id}-text`}>{children}</div>
      <div className="confirm-actions">
        {actions.map((action, i) => (
          <button
            key={action.label}
            type="button"
            className={action.tone === 'danger' ? 'btn btn-danger' : 'btn'}
            ref={i === 0 ? safe : undefined}
            disabled={action.disabled}
            onClick={action.onClick}
            data-testid={action.testId}
          >
            {action.label}
          </button>
        ))}
      </div>
    </div>
  );
}
