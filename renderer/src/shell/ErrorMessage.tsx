import { useTranslation } from 'react-i18next';
import type { ApiErrorShape } from '../api/apiError.js';
import { formatInteger } from '../format.js';
import { wordedMessage } from './wordedMessage.js';

/** The message of an error, then its location details, as one readable block. */
export function ErrorMessage({ error }: { error: ApiErrorShape }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const message =
    error.code === 'UNREACHABLE'
      ? t('errors.unreachable')
      : error.code === 'UNAUTHORISED'
        ? t('errors.unauthorised')
        : (wordedMessage(error, t) ?? error.message);
  const details = error.details;
  const where: string[] = [];
  if (details?.file) where.push(t('errors.file', { file: details.file }));
  if (typeof details?.line === 'number')
    where.push(t('errors.line', { line: formatInteger(details.line, i18n.language) }));
  if (details?.column) where.push(t('errors.column', { column: details.column }));
  if (details?.value !== undefined && details.value !== null) where.push(t('errors.value', { value: details.value }));
  return (
    <div className="error-message">
      {/* An engine message may be English on a right-to-left page: isolated, it keeps its own order. */}
      <p className="error-text">
        <bdi>{message}</bdi>
      </p>
      {where.length > 0 && <p className="error-where">{where.join(' · ')}</p>}
    </div>
  );
}
