/** Which fields a condition may use where: customer attributes and metrics at the top, order columns inside an orders where-rule. */
import type { FieldInfo } from '../../../../shared/api.js';
import type { PruneFields } from '../rule/pruneRule.js';

export function splitFields(fields: readonly FieldInfo[]): PruneFields {
  return {
    customer: fields.filter((f) => f.source !== 'orders'),
    order: fields.filter((f) => f.source === 'orders'),
  };
}
