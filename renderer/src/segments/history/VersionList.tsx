/**
 * The rule versions of the open segment, the newest (the current rule) first, each with what it
 * changed from the version before in plain words, and "Restore this version" on the older ones.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentVersion } from '../../../../shared/contract/history.js';
import { api } from '../../api/index.js';
import { formatDateTime, formatInteger } from '../../format.js';
import { useStore } from '../../store/index.js';
import type { DescribeContext } from '../describeRule.js';
import { isDraftChanged } from '../draft/draft.js';
import { splitFields } from '../draft/fieldScopes.js';
import { ruleDiff } from './ruleDiff.js';

export function VersionList({ segment, versions }: { segment: number; versions: SegmentVersion[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fields = useStore((s) => s.fields);
  const segments = useStore((s) => s.segments);
  const changed = useStore((s) => isDraftChanged(s.draft, s.baseline));
  const reopenSegment = useStore((s) => s.reopenSegment);
  const reportError = useStore((s) => s.reportError);
  const [restoring, setRestoring] = useState<number | null>(null);

  const ctx = useMemo((): DescribeContext | null => {
    if (!fields) return null;
    const { customer, order } = splitFields(fields);
    const segmentName = (id: number) => segments.find((s) => s.id === id)?.name ?? null;
    return { fields: customer, orderFields: order, segmentName, t, lang };
  }, [fields, segments, t, lang]);

  const restore = (version: number) => {
    setRestoring(version);
    api
      .call('history/restoreVersion', { segment, version })
      .then(reopenSegment, reportError)
      .finally(() => setRestoring(null));
  };

  return (
    <ol className="version-list" data-testid="version-list">
      {versions.map((version, i) => {
        const before = versions[i + 1];
        const lines = !ctx
          ? []
          : before
            ? ruleDiff(before.rule, version.rule, ctx)
            : [{ kind: 'first' as const, text: t('history.diff.first') }];
        return (
          <li key={version.id} className="version" data-testid="version">
            <div className="version-head">
              <strong>{t('history.panel.version', { n: formatInteger(versions.length - i, lang) })}</strong>
              <span className="muted">
                {t('history.panel.savedAt', { when: formatDateTime(version.savedAt, lang) })}
              </span>
              {i === 0 ? (
                <span className="version-current">{t('history.panel.current')}</span>
              ) : (
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={changed || restoring !== null}
                  title={changed ? t('history.panel.restoreNeedsSave') : undefined}
                  data-testid="version-restore"
                  onClick={() => restore(version.id)}
                >
                  {t('history.panel.restore')}
                </button>
              )}
            </div>
            <ul className="version-diff">
              {lines.map((line) => (
                <li key={`${line.kind}:${line.text}`} className={`diff-${line.kind}`} dir="auto">
                  {line.text}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
