/**
 * The customers of one migration cell: who they are (the most revenue first, the total stated),
 * exported as CSV, or saved as a segment that holds exactly them ("Champions who moved to At Risk").
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MigrationMembersResult, MigrationParams } from '../../../shared/contract/changes.js';
import { csvText } from '../../../shared/csv.js';
import { api } from '../api/index.js';
import { downloadUrl } from '../charts/chartExport.js';
import { formatDate, formatInteger, formatMoney } from '../format.js';
import { NameAndSave } from '../shell/NameAndSave.js';
import { useStore } from '../store/index.js';
import type { CellKey } from './MigrationTable.js';
import { useAnswer } from './useAnswer.js';

/** Customers listed on screen; the CSV and the segment take them all. */
const LISTED = 200;

interface Props {
  params: MigrationParams;
  cell: CellKey;
  label(group: string): string;
  onClose(): void;
}

export function CellMembers({ params, cell, label, onClose }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reportError = useStore((s) => s.reportError);
  const loadSegments = useStore((s) => s.loadSegments);
  const defaultName = t('changes.members.defaultName', { from: label(cell.from), to: label(cell.to) });
  const [name, setName] = useState<string>(defaultName);
  const [saved, setSaved] = useState<{ name: string; count: number } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setName(defaultName);
    setSaved(null);
  }, [defaultName]);

  const ask = useCallback(
    () => api.call('changes/migrationMembers', { ...params, fromGroup: cell.from, toGroup: cell.to, limit: LISTED }),
    [params, cell],
  );
  const { result, loading } = useAnswer<MigrationMembersResult>(ask);

  async function exportCsv(): Promise<void> {
    if (!result) return;
    setBusy(true);
    try {
      const all = await api.call('changes/migrationMembers', {
        ...params,
        fromGroup: cell.from,
        toGroup: cell.to,
        limit: Math.max(1, result.total),
      });
      const text = csvText([['customer_id', 'revenue'], ...all.members.map((m) => [m.customer, m.revenue])], true);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      downloadUrl(url, `changes-${params.from}-${params.to}.csv`);
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  async function save(): Promise<void> {
    setBusy(true);
    try {
      const info = await api.call('changes/saveMigrationCell', {
        ...params,
        fromGroup: cell.from,
        toGroup: cell.to,
        name: name.trim(),
      });
      setSaved({ name: info.name, count: info.counts.customers });
      await loadSegments();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="changes-members" data-testid="migration-members" aria-busy={loading || busy}>
      <div className="changes-members-head">
        <h3 className="section-title">{t('changes.members.title', { from: label(cell.from), to: label(cell.to) })}</h3>
        <button type="button" className="btn btn-small" onClick={onClose} data-testid="migration-members-close">
          {t('changes.members.close')}
        </button>
      </div>
      {loading && (
        <p className="muted" role="status">
          {t('changes.members.loading')}
        </p>
      )}
      {result && (
        <>
          <p data-testid="migration-members-summary">
            {t('changes.members.summary', {
              total: formatInteger(result.total, lang),
              from: formatDate(params.from, lang),
              to: formatDate(params.to, lang),
              revenue: formatMoney(result.revenue, lang),
            })}{' '}
            {result.total > result.members.length &&
              t('changes.members.shown', {
                shown: formatInteger(result.members.length, lang),
                total: formatInteger(result.total, lang),
              })}
          </p>
          <div className="compare-actions changes-members-actions">
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() => void exportCsv()}
              data-testid="migration-members-csv"
            >
              {t('changes.members.csv')}
            </button>
            <NameAndSave
              label={t('changes.members.name')}
              labelClassName="field-inline"
              name={name}
              onName={setName}
              busy={busy}
              onSave={() => void save()}
              buttonLabel={t('changes.members.save')}
              nameTestId="migration-members-name"
              buttonTestId="migration-members-save"
            />
          </div>
          {saved && (
            <p className="notice" role="status" data-testid="migration-members-saved">
              {t('changes.members.saved', { name: saved.name, n: formatInteger(saved.count, lang) })}
            </p>
          )}
          <div className="table-scroll changes-members-list">
            <table className="table" data-testid="migration-members-table">
              <thead>
                <tr>
                  <th scope="col">{t('changes.members.customer')}</th>
                  <th scope="col" className="num">
                    {t('changes.members.revenue')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.members.map((m) => (
                  <tr key={m.customer}>
                    <td>{m.customer}</td>
                    <td className="num">{formatMoney(m.revenue, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
