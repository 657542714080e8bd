/** The columns an export offers (customer fields and metrics) and the ones ticked at first. */
import type { FieldInfo } from '../../../shared/api.js';

/** Contact details: what makes a list usable for reaching people. */
const CONTACT_ROLES = new Set(['email', 'phone', 'first_name', 'last_name']);
/** The engine's default metrics (tenure is left out: it rarely matters for a mailing). */
const DEFAULT_METRICS = new Set(['recency_days', 'frequency', 'monetary', 'aov', 'first_order', 'last_order']);

/** Customer attributes and metrics: an export has one row per customer, so order fields cannot be columns. */
export function exportableFields(fields: readonly FieldInfo[]): FieldInfo[] {
  return fields.filter((f) => f.source !== 'orders');
}

/** Default: contact fields and the usual metrics (the customer id always comes first, whatever is ticked). */
export function defaultExportColumns(fields: readonly FieldInfo[]): string[] {
  return exportableFields(fields)
    .filter((f) => (f.source === 'metrics' ? DEFAULT_METRICS.has(f.key) : f.role !== null && CONTACT_ROLES.has(f.role)))
    .map((f) => f.key);
}
