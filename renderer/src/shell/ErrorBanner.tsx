/** Errors from the engine or the way to it: what happened, and where (file, line, column, value) when known. */
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';
import { ErrorMessage } from './ErrorMessage.js';

export function ErrorBanner(): React.JSX.Element | null {
  const { t } = useTranslation();
  const errors = useStore((s) => s.errors);
  const dismiss = useStore((s) => s.dismissError);
  if (errors.length === 0) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      {errors.map((error) => (
        <div key={error.id} className="error-banner-item">
          <ErrorMessage error={error} />
          <button
            type="button"
            className="btn btn-quiet btn-small"
            onClick={() => dismiss(error.id)}
            aria-label={t('errors.dismiss')}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
