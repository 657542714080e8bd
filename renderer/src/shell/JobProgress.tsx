/** The progress bar of a running clustering or fit, with the words of its phase. */
import type { AnalysisProgress } from '../../../shared/contract/jobs.js';
import { ProgressBar } from './ProgressBar.js';

interface Props {
  progress: AnalysisProgress | null;
  /** What the job is doing now, in the user's language. */
  label: string;
  testId: string;
}

export function JobProgress({ progress, label, testId }: Props): React.JSX.Element {
  // Before the first event and while the data is read, how long it takes is not known.
  const known = progress !== null && progress.phase !== 'reading' && progress.total > 0;
  return (
    <div className="job-progress" data-testid={testId}>
      <ProgressBar value={known ? progress.done : 0} max={known ? progress.total : null} label={label} />
      <span className="muted" role="status">
        {label}
      </span>
    </div>
  );
}
