/** The frame every analysis view shares: a titled, scrollable section that says when it is loading. */
import type { ReactNode } from 'react';

export function ViewSection({
  name,
  title,
  loading,
  loadingText,
  children,
}: {
  /** View name: sets the class, the test id and the heading id. */
  name: string;
  title: string;
  loading: boolean;
  loadingText: string;
  children: ReactNode;
}): React.JSX.Element {
  return (
    <section
      className={`view view-${name} view-scroll`}
      aria-labelledby={`${name}-title`}
      data-testid={`view-${name}`}
      aria-busy={loading}
    >
      <div className="view-head">
        <h2 id={`${name}-title`} className="view-title">
          {title}
        </h2>
        {loading && (
          <p className="muted" role="status">
            {loadingText}
          </p>
        )}
      </div>
      {children}
    </section>
  );
}
