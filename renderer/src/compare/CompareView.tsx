/** Compare any segments: pick them, read the table, see size vs revenue, export; then their overlap. */

import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareCsv } from '../../../shared/compareCsv.js';
import { ALL_CUSTOMERS } from '../../../shared/contract/analysis.js';
import { api } from '../api/index.js';
import { exportTableXlsx } from '../api/tableXlsx.js';
import { useAnalysis } from '../api/useAnalysis.js';
import { downloadUrl } from '../charts/chartExport.js';
import { comparedSegmentLabel } from '../rfm/segmentLabel.js';
import { ViewSection } from '../shell/ViewSection.js';
import { useStore } from '../store/index.js';
import { CompareCharts } from './CompareCharts.js';
import { CompareTable } from './CompareTable.js';
import { ALL_CHOICE, chosenRefs, overlapRefs, rfmChoices, savedChoices } from './choices.js';
import { OVERLAP_MAX, OverlapSection } from './OverlapSection.js';
import { PlanTable } from './PlanTable.js';
import { QualityScorecard } from './QualityScorecard.js';
import { SegmentPicker } from './SegmentPicker.js';

const NO_PARAMS = {};

export function CompareView(): React.JSX.Element {
  const { t } = useTranslation();
  const segments = useStore((s) => s.segments);
  const segmentsStatus = useStore((s) => s.segmentsStatus);
  const loadSegments = useStore((s) => s.loadSegments);
  const chosenKeys = useStore((s) => s.comparedKeys);
  const setChosenKeys = useStore((s) => s.setComparedKeys);
  const chosen = useMemo(() => new Set(chosenKeys), [chosenKeys]);
  // A new project object (other data, another as-of date) asks everything again.
  const project = useStore((s) => s.project);
  const rfmParams = useMemo(() => (project ? NO_PARAMS : null), [project]);
  const rfm = useAnalysis('rfm/projectSettings', rfmParams);

  useEffect(() => {
    if (segmentsStatus === 'idle') void loadSegments();
  }, [segmentsStatus, loadSegments]);

  const choices = useMemo(() => {
    // The RFM segments are offered once saved settings exist, so they match what the rule fields say.
    const rfmNames = rfm.result?.saved ? [...rfm.result.rows.map((r) => r.name), 'Others'] : [];
    return [ALL_CHOICE, ...savedChoices(segments), ...rfmChoices([...new Set(rfmNames)])];
  }, [segments, rfm.result]);

  const compareParams = useMemo(() => {
    const refs = chosenRefs(choices, chosen);
    return project && refs.length > 0 ? { segments: refs } : null;
  }, [project, choices, chosen]);
  const overlapParams = useMemo(() => {
    const refs = overlapRefs(choices, chosen);
    return project && refs.length >= 2 && refs.length <= OVERLAP_MAX ? { segments: refs } : null;
  }, [project, choices, chosen]);
  const { result: rows, loading } = useAnalysis('analysis/compare', compareParams);

  const allLabel = useCallback(
    (name: string) => (name === ALL_CUSTOMERS ? t('compare.all') : comparedSegmentLabel(name, t)),
    [t],
  );

  function toggle(key: string): void {
    setChosenKeys(chosen.has(key) ? chosenKeys.filter((k) => k !== key) : [...chosenKeys, key]);
  }

  function exportCsv(): void {
    if (!rows) return;
    // A byte-order mark so Excel reads the names as UTF-8.
    const url = URL.createObjectURL(new Blob([`\uFEFF${compareCsv(rows)}`], { type: 'text/csv;charset=utf-8' }));
    downloadUrl(url, 'segment-comparison.csv');
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <ViewSection name="compare" title={t('compare.title')} loading={loading} loadingText={t('compare.loading')}>
      <SegmentPicker choices={choices} chosen={chosen} onToggle={toggle} />
      {!compareParams && <p className="muted">{t('compare.noneChosen')}</p>}
      {compareParams && rows && (
        <>
          <div className="compare-actions">
            <button type="button" className="btn" onClick={exportCsv} data-testid="compare-csv">
              {t('compare.csv')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() =>
                void exportTableXlsx(api, { table: 'compare', params: compareParams }).catch((error: unknown) =>
                  useStore.getState().reportError(error),
                )
              }
              data-testid="compare-xlsx"
            >
              {t('tables.xlsx')}
            </button>
          </div>
          <CompareTable rows={rows} allLabel={allLabel} />
          <CompareCharts rows={rows} allLabel={allLabel} />
        </>
      )}
      <OverlapSection params={overlapParams} />
      <QualityScorecard />
      <PlanTable />
    </ViewSection>
  );
}
