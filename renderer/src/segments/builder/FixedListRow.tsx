/** A saved list of customers in a rule (saved from Changes): not editable, said in words. */
import { useTranslation } from 'react-i18next';
import type { FixedListRule } from '../../../../shared/model/rules.js';
import { formatDate, formatInteger } from '../../format.js';

export function FixedListRow({ node }: { node: FixedListRule }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <span className="rule-word" data-testid="fixed-list-row">
      {t('segments.sentence.fixedList', {
        n: formatInteger(node.customers, i18n.language),
        date: formatDate(node.saved, i18n.language),
      })}
    </span>
  );
}
