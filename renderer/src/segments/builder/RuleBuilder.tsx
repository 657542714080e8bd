/** The rule of the open segment as nested groups; customer fields and metrics at this level. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store/index.js';
import { splitFields } from '../draft/fieldScopes.js';
import { GroupView } from './GroupView.js';
import { ScopeContext } from './scope.js';

export function RuleBuilder(): React.JSX.Element | null {
  const { t } = useTranslation();
  const rule = useStore((s) => s.draft?.rule);
  const fields = useStore((s) => s.fields);
  const scope = useMemo(() => ({ level: 'customers' as const, fields: splitFields(fields ?? []).customer }), [fields]);
  if (!rule) return null;
  return (
    <section className="rule-builder" aria-label={t('segments.builder.label')} data-testid="rule-builder">
      <ScopeContext.Provider value={scope}>
        <GroupView group={rule} path="" kind="root" />
      </ScopeContext.Provider>
    </section>
  );
}
