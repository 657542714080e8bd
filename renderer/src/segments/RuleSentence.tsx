/** The open segment in plain words, from the counted rule (what the numbers above count). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';
import { describeRule } from './describeRule.js';
import { splitFields } from './draft/fieldScopes.js';

export function RuleSentence(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const pruned = useStore((s) => s.pruned);
  const fields = useStore((s) => s.fields);
  const segments = useStore((s) => s.segments);
  const sentence = useMemo(() => {
    if (!pruned || !fields) return null;
    const { customer, order } = splitFields(fields);
    return describeRule(pruned.rule, {
      fields: customer,
      orderFields: order,
      segmentName: (id) => segments.find((s) => s.id === id)?.name ?? null,
      t,
      lang: i18n.language,
    });
  }, [pruned, fields, segments, t, i18n.language]);
  if (!sentence) return null;
  return (
    <p className="rule-sentence">
      <span className="visually-hidden">{t('segments.sentence.label')}: </span>
      <span data-testid="segment-sentence">{sentence}</span>
    </p>
  );
}
