/** Which fields a condition may use where: customer attributes and metrics at the top, order columns inside an orders where-rule. */
import type { FieldInfo } from '../../../../shared/api.js';
import type { PruneFields } from '../rule/pruneRule.js';

export function splitFields(fields: readonly FieldInfo[]): PruneFields {
  return {
    customer: fields.filter((f) => f.source !== 'orders'),
    order: fields.filter((f) => f.source === 'orders'),
  };
}

/**
 * The order fields as the picker lists them: one whose label a customer field also has (a
 * Country in both files) is labelled as the order's ("Country (orders)"), so the two never look alike.
 */
export function labelSharedOrderFields(
  fields: readonly FieldInfo[],
  orderLabel: (label: string) => string,
): FieldInfo[] {
  const { customer, order } = splitFields(fields);
  const customerLabels = new Set(customer.filter((f) => f.source === 'customers').map((f) => f.label.toLowerCase()));
  return order.map((f) => (customerLabels.has(f.label.toLowerCase()) ? { ...f, label: orderLabel(f.label) } : f));
}
