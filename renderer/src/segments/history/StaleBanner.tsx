/**
 * Warns, above the open segment, when it was last evaluated (saved, or held by a snapshot) on data
 * an import has since replaced, or longer ago than the project's limit; in words with the dates.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staleness } from '../../../../shared/contract/history.js';
import { api } from '../../api/index.js';
import { formatDate, formatInteger } from '../../format.js';
import { useStore } from '../../store/index.js';

interface Props {
  staleness: Staleness | null;
  onSnapshot(): void;
}

export function StaleBanner({ staleness, onSnapshot }: Props): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reportError = useStore((s) => s.reportError);
  const [taking, setTaking] = useState(false);
  if (!staleness || (!staleness.replacedAt && !staleness.old)) return null;
  const how = t(`history.stale.how.${staleness.evaluatedBy}`);
  const evaluated = formatDate(staleness.evaluatedAt, lang);
  const lines: string[] = [];
  if (staleness.replacedAt) {
    lines.push(t('history.stale.replaced', { how, evaluated, replaced: formatDate(staleness.replacedAt, lang) }));
  }
  if (staleness.old) {
    const days = formatInteger(staleness.ageDays, lang);
    lines.push(t('history.stale.old', { how, evaluated, days, limit: formatInteger(staleness.staleDays, lang) }));
  }
  const takeSnapshot = () => {
    setTaking(true);
    api
      .call('history/takeSnapshot', {})
      .then(onSnapshot, reportError)
      .finally(() => setTaking(false));
  };
  return (
    <div className="stale-banner" role="status" data-testid="stale-banner">
      <strong>{t('history.stale.title')}</strong>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" className="btn btn-small" disabled={taking} onClick={takeSnapshot}>
        {taking ? t('history.panel.taking') : t('history.stale.refresh')}
      </button>
    </div>
  );
}
