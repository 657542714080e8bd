/**
 * The fields a rule may name, as the builder and the Data view list them: the imported ones,
 * the fields derived from events (when the project has events), then the metrics.
 */
import type { FieldInfo } from '../../../shared/api.js';
import type { FieldType, Role } from '../../../shared/model/roles.js';
import type { Db } from '../db/projectFile.js';
import { CLUSTER_FIELD_KEY, CLUSTER_FIELD_LABEL } from './clusterField.js';
import { PROFILE_FIELDS } from './eventFields.js';
import { predictedFieldInfos } from './predictedFields.js';
import { hasEvents } from './templateFields.js';

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
  return [
    ...rows,
    ...eventProfileFields(db, rows),
    ...clusterField(db, rows),
    ...predictedFields(db, rows),
    ...METRIC_FIELDS,
  ];
}

/** The cluster field once a clustering is saved (unless a customers file has its own "cluster" column). */
function clusterField(db: Db, imported: ReadonlyArray<{ key: string; source: string }>): FieldInfo[] {
  const saved = db.prepare('SELECT 1 FROM clusterings LIMIT 1').get() !== undefined;
  if (!saved || imported.some((f) => f.source === 'customers' && f.key === CLUSTER_FIELD_KEY)) return [];
  return [{ key: CLUSTER_FIELD_KEY, label: CLUSTER_FIELD_LABEL, type: 'category', role: null, source: 'customers' }];
}

/** p_alive, expected_purchases and clv once a lifetime-value fit is kept (clv/save). */
function predictedFields(db: Db, imported: ReadonlyArray<{ key: string; source: string }>): FieldInfo[] {
  if (db.prepare('SELECT 1 FROM clv_fit LIMIT 1').get() === undefined) return [];
  return predictedFieldInfos(new Set(imported.filter((f) => f.source === 'customers').map((f) => f.key)));
}

/**
 * The derived customer fields, listed as customer fields once events are imported. One a
 * customers file already names (its own "sessions" column) is left out: rules resolve that key
 * to the attribute, so listing both would show one field twice.
 */
function eventProfileFields(db: Db, imported: ReadonlyArray<{ key: string; source: string }>): FieldInfo[] {
  if (!hasEvents(db)) return [];
  const taken = new Set(imported.filter((f) => f.source === 'customers').map((f) => f.key));
  return [...PROFILE_FIELDS]
    .filter(([key]) => !taken.has(key))
    .map(([key, { label, type }]) => ({ key, label, type, role: null, source: 'customers' }));
}
