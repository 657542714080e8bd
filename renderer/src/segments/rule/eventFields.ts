/**
 * The fields a condition inside an events condition's where-rule may use: the columns of the
 * events table, the same for every project (the engine's electron/core/segments/eventFields.ts).
 * Labels are keys of segments.eventFields, translated where they are shown.
 */
import type { FieldInfo } from '../../../../shared/api.js';

export const EVENT_FIELDS: readonly FieldInfo[] = (
  [
    ['event_type', 'category'],
    ['event_name', 'category'],
    ['event_time', 'date'],
    ['session', 'text'],
    ['product', 'text'],
    ['category', 'category'],
    ['price', 'number'],
    ['device', 'category'],
    ['source', 'category'],
    ['medium', 'category'],
    ['page', 'text'],
  ] as const
).map(([key, type]) => ({ key, label: key, type, role: null, source: 'orders' as const }));
