/** The "173 / 200 characters" counter beside a name box, shown near the limit and marked when over it. */
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH, type NameLength } from './nameLength.js';

interface NameCounterProps {
  /** The counter's id, for the input's aria-describedby. */
  id: string;
  name: NameLength;
  testId: string;
}

export function NameCounter({ id, name, testId }: NameCounterProps): React.JSX.Element | null {
  const { t } = useTranslation();
  if (!name.showCounter) return null;
  return (
    <span id={id} className={name.tooLong ? 'name-over' : 'muted'} aria-live="polite" data-testid={testId}>
      {t(name.tooLong ? 'names.over' : 'names.count', { count: name.length, max: MAX_NAME_LENGTH })}
    </span>
  );
}
