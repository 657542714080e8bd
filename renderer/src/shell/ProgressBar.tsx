/** A determinate progress bar with its label; indeterminate when the total is not known. */
interface ProgressBarProps {
  value: number;
  max: number | null;
  label: string;
  testId?: string;
}

export function ProgressBar({ value, max, label, testId }: ProgressBarProps): React.JSX.Element {
  const known = max !== null && max > 0;
  const percent = known ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div
      className={`progress ${known ? '' : 'progress-indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? 100 : undefined}
      aria-valuenow={known ? Math.round(percent) : undefined}
      data-testid={testId}
    >
      <div className="progress-fill" style={known ? { inlineSize: `${percent}%` } : undefined} />
    </div>
  );
}
