/** How an order's amount is obtained from the mapped columns, and the sentence the wizard shows for it. */
import type { TFunction } from 'i18next';
import type { ColumnPlan } from '../../../shared/model/import.js';
import type { DatasetKind } from '../../../shared/model/roles.js';
import { columnWithRole } from './mapping.js';

export type AmountRule =
  | { kind: 'column'; amount: string }
  | { kind: 'product'; quantity: string; unitPrice: string }
  | { kind: 'none' };

/** null for customer files, which have no amount. An amount column wins over quantity × unit price. */
export function amountRule(kind: DatasetKind, columns: readonly ColumnPlan[]): AmountRule | null {
  if (kind !== 'orders') return null;
  const amount = columnWithRole(columns, 'amount');
  if (amount) return { kind: 'column', amount: amount.header };
  const quantity = columnWithRole(columns, 'quantity');
  const unitPrice = columnWithRole(columns, 'unit_price');
  if (quantity && unitPrice) return { kind: 'product', quantity: quantity.header, unitPrice: unitPrice.header };
  return { kind: 'none' };
}

export function amountRuleSentence(rule: AmountRule | null, t: TFunction): string | null {
  if (!rule) return null;
  switch (rule.kind) {
    case 'column':
      return t('wizard.amountRule.column', { amount: rule.amount });
    case 'product':
      return t('wizard.amountRule.product', { quantity: rule.quantity, unitPrice: rule.unitPrice });
    case 'none':
      return t('wizard.amountRule.none');
  }
}
