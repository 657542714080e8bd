/** Who brings the revenue: the 80/20 check as a sentence, summary figures and the Pareto chart. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';
import { ParetoCards } from './ParetoCards.js';
import { ParetoChartView } from './ParetoChartView.js';
import { paretoSentence, top20Sentence } from './paretoSentence.js';

export function ParetoView(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pareto = useStore((s) => s.pareto);
  const status = useStore((s) => s.paretoStatus);
  const loadPareto = useStore((s) => s.loadPareto);
  const openWizard = useStore((s) => s.openWizard);

  useEffect(() => {
    if (status === 'idle') void loadPareto();
  }, [status, loadPareto]);

  const sentence = pareto ? paretoSentence(pareto.summary, t, lang) : null;
  const top20 = pareto ? top20Sentence(pareto.summary, t, lang) : null;

  return (
    <section
      className="view view-pareto"
      aria-labelledby="pareto-title"
      data-testid="view-pareto"
      aria-busy={status === 'loading'}
    >
      <div className="view-head">
        <h2 id="pareto-title" className="view-title">
          {t('pareto.title')}
        </h2>
        {status === 'loading' && (
          <p className="muted" role="status">
            {t('pareto.loading')}
          </p>
        )}
      </div>
      {status === 'error' && (
        <div className="empty-state">
          <button type="button" className="btn" onClick={() => void loadPareto()}>
            {t('common.retry')}
          </button>
        </div>
      )}
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
          <ParetoCards summary={pareto.summary} />
          <ParetoChartView chart={pareto} />
        </>
      )}
    </section>
  );
}
