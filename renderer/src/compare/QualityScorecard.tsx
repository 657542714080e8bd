/** The quality scorecard: substantial, measurable, accessible, distinct for every saved segment. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../api/useAnalysis.js';
import { useStore } from '../store/index.js';
import { qualityExplanation } from './qualityExplanation.js';
import { CRITERIA, qualityFigure } from './qualityFigure.js';

export function QualityScorecard(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const segments = useStore((s) => s.segments);
  // Asked again whenever the saved segments change; nothing to score without one.
  const params = useMemo(() => (segments.length > 0 ? {} : null), [segments]);
  const { result } = useAnalysis('analysis/quality', params);

  return (
    <section className="rfm-panel" aria-labelledby="quality-title" data-testid="quality-section">
      <h3 id="quality-title" className="view-title compare-subtitle">
        {t('compare.quality.title')}
      </h3>
      <p className="muted">{segments.length > 0 ? t('compare.quality.lead') : t('compare.quality.none')}</p>
      {params && result && (
        <div className="table-scroll">
          <table className="table quality-table" data-testid="quality-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.quality.segment')}</th>
                {CRITERIA.map((c) => (
                  <th key={c} scope="col">
                    {t(`compare.quality.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.map((segment) => (
                <tr key={segment.id} data-testid="quality-row">
                  <th scope="row">{segment.name}</th>
                  {segment.checks === null ? (
                    <td colSpan={CRITERIA.length} className="error-text">
                      {segment.error}
                    </td>
                  ) : (
                    CRITERIA.map((c) => {
                      const check = segment.checks?.[c];
                      if (!check || !segment.checks) return <td key={c} />;
                      return (
                        <td key={c} className="quality-cell">
                          <span className={`quality-badge quality-${check.status}`}>
                            {t(`compare.quality.${check.status}`)}
                          </span>
                          <span className="quality-figure">{qualityFigure(segment.checks, c, t, lang)}</span>
                          <span className="quality-explanation muted">
                            {qualityExplanation(segment.checks, c, t, lang)}
                          </span>
                        </td>
                      );
                    })
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
