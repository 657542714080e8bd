/**
 * §1 of Changes: who moved from which group to which between two days, as a heat map, a Sankey
 * diagram and a table; picking a cell lists its customers.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MigrationParams, MigrationResult } from '../../../shared/contract/changes.js';
import { api } from '../api/index.js';
import { ChartCell } from '../charts/ChartCell.js';
import { type MigrationDatum, type MigrationLabels, migrationHeatmapOption } from '../charts/migrationHeatmapOption.js';
import { migrationSankeyOption } from '../charts/migrationSankeyOption.js';
import { formatDate, formatInteger, formatMoney, formatMoneyCompact } from '../format.js';
import { directionOf } from '../i18n/direction.js';
import { useStore } from '../store/index.js';
import { CellMembers } from './CellMembers.js';
import { migrationGroups } from './groupOrder.js';
import { groupLabel, sixMonthsBefore } from './labels.js';
import { type MigrationForm, MigrationFormView } from './MigrationForm.js';
import { type CellKey, MigrationTable } from './MigrationTable.js';
import { useAnswer } from './useAnswer.js';

function paramsOf(form: MigrationForm): MigrationParams | null {
  if (form.from === '' || form.to === '' || form.from >= form.to) return null;
  if (form.by === 'rfm') return { by: 'rfm', from: form.from, to: form.to, scheme: form.scheme, bins: form.bins };
  return form.segments.length === 0 ? null : { by: 'segments', from: form.from, to: form.to, segments: form.segments };
}

export function MigrationPanel({ asOf }: { asOf: string }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const direction = directionOf(lang);
  const segmentsStatus = useStore((s) => s.segmentsStatus);
  const loadSegments = useStore((s) => s.loadSegments);
  const [form, setForm] = useState<MigrationForm>(() => ({
    from: sixMonthsBefore(asOf),
    to: asOf,
    by: 'rfm',
    scheme: 'rfm-classic',
    bins: 5,
    segments: [],
  }));
  const [selected, setSelected] = useState<CellKey | null>(null);

  useEffect(() => {
    if (segmentsStatus === 'idle') void loadSegments();
  }, [segmentsStatus, loadSegments]);

  const params = useMemo(() => paramsOf(form), [form]);
  const ask = useMemo(() => (params ? () => api.call('changes/migration', params) : null), [params]);
  const { result, loading } = useAnswer<MigrationResult>(ask);
  // Other settings, other cells: the open list would belong to another matrix.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes the list whenever the params change
  useEffect(() => setSelected(null), [params]);

  const label = useCallback((group: string) => groupLabel(group, form.by, t), [form.by, t]);
  const groups = useMemo(() => (result ? migrationGroups(result.cells) : null), [result]);
  const labels = useMemo<MigrationLabels | null>(
    () =>
      result && {
        group: label,
        customers: (n) => t('changes.migration.cellCustomers', { n: formatInteger(n, lang) }),
        count: (n) => formatInteger(n, lang),
        revenue: (value, compact) => (compact ? formatMoneyCompact(value, lang) : formatMoney(value, lang)),
        fromAxis: t('changes.migration.fromAxis', { date: formatDate(result.from, lang) }),
        toAxis: t('changes.migration.toAxis', { date: formatDate(result.to, lang) }),
        direction,
      },
    [result, label, t, lang, direction],
  );
  const heatmap = useMemo(
    () => (result && groups && labels ? migrationHeatmapOption(result.cells, groups, labels) : null),
    [result, groups, labels],
  );
  const sankey = useMemo(
    () => (result && groups && labels ? migrationSankeyOption(result.cells, groups, labels) : null),
    [result, groups, labels],
  );
  const pickHeatmapCell = useCallback(
    (data: unknown) => {
      if (!groups || !Array.isArray(data)) return;
      const [to, from] = data as MigrationDatum;
      const pick = { from: groups.from[from], to: groups.to[to] };
      if (pick.from !== undefined && pick.to !== undefined) setSelected({ from: pick.from, to: pick.to });
    },
    [groups],
  );
  const pickBand = useCallback((data: unknown) => {
    const cell = (data as { cell?: CellKey } | undefined)?.cell;
    if (cell) setSelected({ from: cell.from, to: cell.to });
  }, []);

  const rows = result ? Math.max(1, groups?.from.length ?? 1) : 1;
  const problem =
    form.from >= form.to
      ? t('changes.migration.badDates')
      : form.by === 'segments' && form.segments.length === 0
        ? t('changes.migration.pickSome')
        : null;

  return (
    <section className="changes-part" aria-labelledby="migration-title" aria-busy={loading} data-testid="migration">
      <h3 id="migration-title" className="section-title">
        {t('changes.migration.title')}
      </h3>
      <p className="muted">{t('changes.migration.intro')}</p>
      <MigrationFormView form={form} onChange={setForm} />
      {problem && (
        <p className="notice notice-warning" role="status" data-testid="migration-problem">
          {problem}
        </p>
      )}
      {loading && (
        <p className="muted" role="status" data-testid="migration-loading">
          {t('changes.migration.loading')}
        </p>
      )}
      {result && params && result.cells.length === 0 && (
        <p className="muted">{t('changes.migration.empty', { date: formatDate(result.to, lang) })}</p>
      )}
      {result && params && groups && heatmap && sankey && result.cells.length > 0 && (
        <>
          <div className="rfm-charts">
            <ChartCell
              title={t('changes.migration.heatmap')}
              option={heatmap}
              label={t('changes.migration.heatmapLabel', {
                from: formatDate(result.from, lang),
                to: formatDate(result.to, lang),
              })}
              testId="migration-heatmap"
              fileName="migration-heatmap"
              height={Math.max(300, 150 + rows * 40)}
              onItemClick={pickHeatmapCell}
              wide
            />
            <ChartCell
              title={t('changes.migration.sankey')}
              option={sankey}
              label={t('changes.migration.sankeyLabel', {
                from: formatDate(result.from, lang),
                to: formatDate(result.to, lang),
              })}
              testId="migration-sankey"
              fileName="migration-sankey"
              height={Math.max(300, 60 + rows * 36)}
              onItemClick={pickBand}
              wide
            />
          </div>
          <MigrationTable cells={result.cells} groups={groups} label={label} selected={selected} onPick={setSelected} />
          {selected && <CellMembers params={params} cell={selected} label={label} onClose={() => setSelected(null)} />}
        </>
      )}
    </section>
  );
}
