/**
 * The date metrics are computed for. By default the engine derives it from the data (the day after
 * the last order), which is what a user wants for an old export; they may pin another date.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../../shared/api.js';
import { useStore } from '../store/index.js';
import { DateField } from './DateField.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function AsOfEditor({ project }: { project: ProjectInfo }): React.JSX.Element | null {
  const { t } = useTranslation();
  const id = useId();
  const setAsOf = useStore((s) => s.setAsOf);
  if (project.asOf === null) return null;
  return (
    <div className="asof">
      <label htmlFor={id}>{t('topbar.asOf')}</label>
      <DateField
        id={id}
        className="input input-date"
        value={project.asOf}
        data-testid="asof-input"
        onValue={(value) => {
          // the native input reports '' while a date is half typed: only a whole date is sent
          if (ISO_DATE.test(value) && value !== project.asOf) void setAsOf(value);
        }}
      />
      {project.asOfIsSet ? (
        <button type="button" className="btn btn-link" onClick={() => void setAsOf(null)} data-testid="asof-reset">
          {t('topbar.asOfReset')}
        </button>
      ) : (
        <span className="asof-hint">{t('topbar.asOfDerived')}</span>
      )}
    </div>
  );
}
