/** "Why is this customer a …?": the values, the breaks each exceeds, the scores and the row that matched. */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RfmExplanation, RfmSettings } from '../../../shared/contract/rfm.js';
import { api } from '../api/index.js';
import { formatDecimal } from '../format.js';
import { useStore } from '../store/index.js';
import { DIMS } from './RfmSettingsForm.js';
import { rfmSegmentLabel } from './segmentLabel.js';

const SCORE_OF = { recency: 'r', frequency: 'f', monetary: 'm' } as const;

interface Props {
  settings: RfmSettings;
  /** Ids offered to pick (the biggest customers); any other id can be typed. */
  suggestions: string[];
}

export function RfmExplain({ settings, suggestions }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reportError = useStore((s) => s.reportError);
  const [customerId, setCustomerId] = useState('');
  const [answer, setAnswer] = useState<RfmExplanation | null>(null);

  async function explain(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const id = customerId.trim();
    if (!id) return;
    try {
      setAnswer(await api.call('rfm/explain', { ...settings, customerId: id }));
    } catch (error) {
      reportError(error);
    }
  }

  const values = answer && { recency: answer.recency_days, frequency: answer.frequency, monetary: answer.monetary };
  const range = (r: [number, number]): string => (r[0] === r[1] ? `${r[0]}` : `${r[0]}–${r[1]}`);

  return (
    <section className="rfm-panel" aria-labelledby="rfm-explain-title">
      <h3 id="rfm-explain-title" className="section-title">
        {t('rfm.explain.title')}
      </h3>
      <form className="rfm-explain-form" onSubmit={(e) => void explain(e)}>
        <label className="field-inline">
          <span>{t('rfm.explain.label')}</span>
          <input
            className="input"
            value={customerId}
            list="rfm-explain-ids"
            data-testid="rfm-explain-id"
            onChange={(e) => setCustomerId(e.target.value)}
          />
        </label>
        <datalist id="rfm-explain-ids">
          {suggestions.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
        <button type="submit" className="btn" data-testid="rfm-explain-go" disabled={customerId.trim() === ''}>
          {t('rfm.explain.go')}
        </button>
      </form>
      {answer && (
        <div className="rfm-explain" data-testid="rfm-explanation" role="status">
          {!answer.scored || !answer.scores || !values ? (
            <p>{t('rfm.explain.notScored', { id: answer.customer_id })}</p>
          ) : (
            <>
              <p className="rfm-explain-lead">
                {t('rfm.explain.sentence', {
                  id: answer.customer_id,
                  segment: answer.segment ? rfmSegmentLabel(answer.segment, t) : '',
                })}
              </p>
              <ul>
                {DIMS.map((dim) => {
                  const score = answer.scores?.[SCORE_OF[dim]];
                  return (
                    <li key={dim}>
                      {t('rfm.explain.value', {
                        dim: t(`rfm.dims.${dim}`),
                        value: formatDecimal(values[dim], lang, dim === 'monetary' ? 2 : 0),
                        exceeded: score?.breaksExceeded ?? 0,
                        score: score?.score ?? '',
                      })}
                    </li>
                  );
                })}
              </ul>
              <p>
                {answer.matched
                  ? t('rfm.explain.matched', {
                      n: answer.matched.index + 1,
                      name: rfmSegmentLabel(answer.matched.row.name, t),
                      r: range(answer.matched.row.r),
                      f: range(answer.matched.row.f),
                      m: range(answer.matched.row.m),
                    })
                  : t('rfm.explain.others')}
              </p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
