/** Who brings the revenue: the 80/20 check within a segment or by a field, the Lorenz curve and ABC classes. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewSection } from '../shell/ViewSection.js';
import { useStore } from '../store/index.js';
import { AbcClasses } from './AbcClasses.js';
import { LorenzChart } from './LorenzChart.js';
import { ParetoCards } from './ParetoCards.js';
import { ParetoChartView } from './ParetoChartView.js';
import { ParetoFilters } from './ParetoFilters.js';
import { ParetoItems } from './ParetoItems.js';
import { itemsSentence, paretoSentence, top20Sentence } from './paretoSentence.js';
import { useParetoAnalysis } from './useParetoAnalysis.js';

export function ParetoView(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const openWizard = useStore((s) => s.openWizard);
  const segments = useStore((s) => s.segments);
  const fields = useStore((s) => s.fields);
  const totalRevenue = useStore((s) => s.project?.revenue ?? 0);
  const segmentsStatus = useStore((s) => s.segmentsStatus);
  const loadSegments = useStore((s) => s.loadSegments);
  const segmentId = useStore((s) => s.paretoSegmentId);
  const setSegmentId = useStore((s) => s.setParetoSegmentId);
  const by = useStore((s) => s.paretoBy);
  const setBy = useStore((s) => s.setParetoBy);
  const { result: pareto, loading } = useParetoAnalysis(segmentId, by);

  useEffect(() => {
    if (segmentsStatus === 'idle') void loadSegments();
  }, [segmentsStatus, loadSegments]);

  const field = pareto?.by?.label ?? null;
  const sentence = pareto
    ? field
      ? itemsSentence(pareto.summary, field, t, lang)
      : paretoSentence(pareto.summary, t, lang)
    : null;
  const top20 = pareto && !field ? top20Sentence(pareto.summary, t, lang) : null;

  return (
    <ViewSection name="pareto" title={t('pareto.title')} loading={loading} loadingText={t('pareto.loading')}>
      <ParetoFilters
        segments={segments}
        fields={fields ?? []}
        segmentId={segmentId}
        by={by}
        onSegment={setSegmentId}
        onBy={setBy}
      />
      {pareto && !sentence && (
        <div className="empty-state" data-testid="pareto-empty">
          <p className="empty-lead">{t('pareto.empty.lead')}</p>
          <p className="muted">{t('pareto.empty.text')}</p>
          <button type="button" className="btn btn-primary" onClick={() => openWizard()}>
            {t('data.empty.import')}
          </button>
        </div>
      )}
      {pareto && sentence && (
        <>
          <p className="pareto-sentence" data-testid="pareto-sentence">
            {sentence}
            {top20 && <span className="pareto-sentence-second"> {top20}</span>}
          </p>
          {/* The cards speak of customers; by a field the sentence and the values table say it. */}
          {!field && <ParetoCards summary={pareto.summary} totalRevenue={totalRevenue} />}
          <ParetoChartView
            chart={pareto}
            items={field !== null}
            itemNames={field && pareto.items ? pareto.items.map((item) => item.value) : undefined}
          />
          <div className="rfm-charts">
            <LorenzChart points={pareto.lorenz} gini={pareto.summary.gini} items={field !== null} />
            {pareto.items && field ? <ParetoItems items={pareto.items} field={field} /> : <AbcClasses />}
          </div>
        </>
      )}
    </ViewSection>
  );
}
