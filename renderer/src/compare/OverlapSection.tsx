/** Overlap of the chosen segments: the pairwise matrix and the exact intersections. */
import { useTranslation } from 'react-i18next';
import type { SegmentRef } from '../../../shared/contract/analysis.js';
import { useAnalysis } from '../api/useAnalysis.js';
import { OverlapMatrix } from './OverlapMatrix.js';
import { UpSetPlot } from './UpSetPlot.js';

/** The engine compares 2 to 8 segments at once. */
export const OVERLAP_MAX = 8;

export function OverlapSection({ params }: { params: { segments: SegmentRef[] } | null }): React.JSX.Element {
  const { t } = useTranslation();
  const { result } = useAnalysis('analysis/overlap', params);
  return (
    <section className="rfm-panel" aria-labelledby="overlap-title" data-testid="overlap-section">
      <h3 id="overlap-title" className="view-title compare-subtitle">
        {t('compare.overlap.title')}
      </h3>
      {!params && <p className="muted">{t('compare.overlap.needTwo')}</p>}
      {params && result && (
        <>
          <h4 className="section-title">{t('compare.overlap.matrix')}</h4>
          <OverlapMatrix overlap={result} />
          <h4 className="section-title">{t('compare.overlap.upset')}</h4>
          <UpSetPlot overlap={result} />
        </>
      )}
    </section>
  );
}
