/** The fields a rule may name, as the builder and the Data view list them: the imported ones, then the metrics. */
import type { FieldInfo } from '../../../shared/api.js';
import type { FieldType, Role } from '../../../shared/model/roles.js';
import type { Db } from '../db/projectFile.js';

export const METRIC_FIELDS: FieldInfo[] = [
  { key: 'recency_days', label: 'Recency (days)', type: 'number', role: null, source: 'metrics' },
  { key: 'frequency', label: 'Frequency (orders)', type: 'number', role: null, source: 'metrics' },
  { key: 'monetary', label: 'Monetary value', type: 'number', role: null, source: 'metrics' },
  { key: 'aov', label: 'Average order value', type: 'number', role: null, source: 'metrics' },
  { key: 'first_order', label: 'First order', type: 'date', role: null, source: 'metrics' },
  { key: 'last_order', label: 'Last order', type: 'date', role: null, source: 'metrics' },
  { key: 'tenure_days', label: 'Tenure (days)', type: 'number', role: null, source: 'metrics' },
  // Scores and segment for the project's RFM settings (rfm/projectSettings).
  { key: 'r_score', label: 'RFM recency score', type: 'number', role: null, source: 'metrics' },
  { key: 'f_score', label: 'RFM frequency score', type: 'number', role: null, source: 'metrics' },
  { key: 'm_score', label: 'RFM monetary score', type: 'number', role: null, source: 'metrics' },
  { key: 'rfm_segment', label: 'RFM segment', type: 'category', role: null, source: 'metrics' },
];

export function listFields(db: Db): FieldInfo[] {
  const rows = db
    .prepare('SELECT key, label, type, role, source FROM fields ORDER BY source, position')
    .all() as Array<{
    key: string;
    label: string;
    type: FieldType;
    role: Role | null;
    source: 'customers' | 'orders';
  }>;
  return [...rows, ...METRIC_FIELDS];
}
