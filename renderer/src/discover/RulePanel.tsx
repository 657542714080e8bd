/**
 * One cluster as an editable rule: the engine fits a shallow decision tree (cluster/rule), the rule
 * is read out in words with its precision and recall, and opens in the builder as a new unsaved
 * segment named after the cluster.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentTemplate } from '../../../shared/api.js';
import type { ClusterParams, ClusterRuleResult } from '../../../shared/contract/cluster.js';
import { api } from '../api/index.js';
import { useAnswer } from '../changes/useAnswer.js';
import { formatInteger, formatPercent } from '../format.js';
import { describeRule } from '../segments/describeRule.js';
import { splitFields } from '../segments/draft/fieldScopes.js';
import { useStore } from '../store/index.js';

interface Props {
  params: ClusterParams;
  cluster: number;
  name: string;
  onClose(): void;
}

export function RulePanel({ params, cluster, name, onClose }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fields = useStore((s) => s.fields);
  const segments = useStore((s) => s.segments);
  const newSegment = useStore((s) => s.newSegment);
  const setView = useStore((s) => s.setView);
  const ask = useCallback(() => api.call('cluster/rule', { ...params, cluster }), [params, cluster]);
  const { result, loading } = useAnswer<ClusterRuleResult>(ask);
  // The panel opens below the table: bring it into sight.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (result) panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result]);

  const sentence = useMemo(() => {
    if (!result || !fields) return null;
    const { customer, order } = splitFields(fields);
    return describeRule(result.rule, {
      fields: customer,
      orderFields: order,
      segmentName: (id) => segments.find((s) => s.id === id)?.name ?? null,
      t,
      lang,
    });
  }, [result, fields, segments, t, lang]);

  const quality = result
    ? t('discover.rule.quality', {
        selected: formatInteger(result.selected, lang),
        precision: formatPercent(result.precision, lang),
        recall: formatPercent(result.recall, lang),
        members: formatInteger(result.members, lang),
      })
    : '';

  function openInBuilder(): void {
    if (!result) return;
    // A draft made the way a template makes one: new, unsaved, the user adjusts it and saves.
    const draft: SegmentTemplate = {
      id: `cluster-${cluster}`,
      base: 'cluster',
      name,
      description: quality,
      rule: result.rule,
      enabled: true,
      reason: null,
      words: { name, description: quality, reason: null, values: {} },
    };
    newSegment(draft);
    setView('segments');
  }

  return (
    <section ref={panel} className="discover-panel" data-testid="discover-rule" aria-busy={loading}>
      <div className="changes-members-head">
        <h3 className="section-title">{t('discover.rule.title', { name })}</h3>
        <button type="button" className="btn btn-small" onClick={onClose} data-testid="discover-rule-close">
          {t('discover.rule.close')}
        </button>
      </div>
      {loading && (
        <p className="muted" role="status">
          {t('discover.rule.loading')}
        </p>
      )}
      {result && (
        <>
          {sentence && (
            <p className="rule-sentence" data-testid="discover-rule-sentence">
              {sentence}
            </p>
          )}
          <p data-testid="discover-rule-quality">{quality}</p>
          <div className="discover-actions">
            <button type="button" className="btn btn-primary" onClick={openInBuilder} data-testid="discover-rule-open">
              {t('discover.rule.open')}
            </button>
            <span className="muted">{t('discover.rule.hint')}</span>
          </div>
        </>
      )}
    </section>
  );
}
