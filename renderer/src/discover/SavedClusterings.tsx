/**
 * The groupings kept in the project (cluster/saved): name, date, number of groups and fields, each
 * with Delete behind an inline confirm (two buttons, reachable by keyboard; focus goes to "Keep it"
 * so Enter never deletes by accident). A grouping a segment's rule uses is refused by the engine,
 * which says which segment.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedClustering } from '../../../shared/contract/cluster.js';
import { api } from '../api/index.js';
import { formatDate, formatInteger } from '../format.js';
import { useStore } from '../store/index.js';

interface Props {
  clusterings: readonly SavedClustering[];
  labelOf(key: string): string;
  onDeleted(name: string): void;
}

export function SavedClusterings({ clusterings, labelOf, onDeleted }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reportError = useStore((s) => s.reportError);
  const loadSegments = useStore((s) => s.loadSegments);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keepRef = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (confirming !== null) keepRef.current?.focus();
  }, [confirming]);

  async function remove(name: string): Promise<void> {
    setBusy(true);
    try {
      await api.call('cluster/delete', { name });
      setConfirming(null);
      setDeleted(name);
      onDeleted(name);
      // The builder's `cluster` field loses this grouping's values.
      await loadSegments();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="discover-panel" data-testid="discover-saved-list" aria-busy={busy}>
      <h3 className="section-title">{t('discover.saved.title')}</h3>
      {clusterings.length === 0 ? (
        <p className="muted">{t('discover.saved.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('discover.saved.name')}</th>
              <th scope="col">{t('discover.saved.date')}</th>
              <th scope="col" className="num">
                {t('discover.saved.k')}
              </th>
              <th scope="col">{t('discover.saved.fields')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('discover.saved.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {clusterings.map((c) => (
              <tr key={c.name} data-testid="discover-saved-row">
                <td>{c.name}</td>
                <td>{formatDate(c.saved_at.slice(0, 10), lang)}</td>
                <td className="num">{formatInteger(c.k, lang)}</td>
                <td>{c.fields.map(labelOf).join(', ')}</td>
                <td>
                  <button
                    type="button"
                    className="btn"
                    aria-label={t('discover.saved.deleteLabel', { name: c.name })}
                    disabled={busy}
                    onClick={() => {
                      setDeleted(null);
                      setConfirming(c.name);
                    }}
                    data-testid="discover-saved-delete"
                  >
                    {t('discover.saved.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming !== null && (
        <div
          className="discover-actions"
          role="alertdialog"
          aria-label={t('discover.saved.confirm', { name: confirming })}
        >
          <p>{t('discover.saved.confirm', { name: confirming })}</p>
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy}
            onClick={() => void remove(confirming)}
            data-testid="discover-saved-confirm"
          >
            {t('discover.saved.confirmDelete')}
          </button>
          <button ref={keepRef} type="button" className="btn" onClick={() => setConfirming(null)}>
            {t('discover.saved.keep')}
          </button>
        </div>
      )}
      {deleted !== null && (
        <p role="status" data-testid="discover-saved-deleted">
          {t('discover.saved.deleted', { name: deleted })}
        </p>
      )}
    </section>
  );
}
