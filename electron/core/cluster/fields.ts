/**
 * The numeric fields a clustering uses: a field is named by its key or by its label (the column
 * header as written in the file; the metrics' labels such as "Recency (days)"), without regard to
 * case. Metrics (recency_days, frequency, monetary, aov, tenure_days) and number attributes of the
 * customers file qualify; "recency" is read as recency_days, as people say it.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { METRIC_FIELDS } from '../segments/fieldList.js';
import { type FieldRegistry, loadFieldRegistry, type ResolvedField, resolveField } from '../segments/fields.js';

export interface ClusterField {
  /** The name as the user gave it. */
  requested: string;
  key: string;
  label: string;
  resolved: ResolvedField;
}

const ALIASES: Readonly<Record<string, string>> = { recency: 'recency_days' };

export function resolveClusterFields(db: Db, names: readonly string[]): ClusterField[] {
  const registry = loadFieldRegistry(db);
  const candidates = numericCandidates(db, registry);
  const fields = names.map((name) => resolveOne(registry, candidates, name));
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.key)) {
      throw new WorkbenchError(
        'INVALID_PARAMS',
        `The field "${field.key}" is named twice ("${field.requested}"): name each field once.`,
        { field: field.requested },
      );
    }
    seen.add(field.key);
  }
  return fields;
}

interface Candidate {
  key: string;
  label: string;
}

function numericCandidates(db: Db, registry: FieldRegistry): Candidate[] {
  const metrics = METRIC_FIELDS.filter((f) => f.type === 'number' && !f.key.endsWith('_score')).map((f) => ({
    key: f.key,
    label: f.label,
  }));
  const labels = new Map(
    (db.prepare("SELECT key, label FROM fields WHERE source = 'customers'").all() as Candidate[]).map((f) => [
      f.key,
      f.label,
    ]),
  );
  const attributes = [...registry.customers.entries()]
    .filter(([key, f]) => f.type === 'number' && !metrics.some((m) => m.key === key))
    .map(([key]) => ({ key, label: labels.get(key) ?? key }));
  return [...metrics, ...attributes];
}

function resolveOne(registry: FieldRegistry, candidates: readonly Candidate[], name: string): ClusterField {
  const lower = name.trim().toLowerCase();
  const aliased = ALIASES[lower];
  const found =
    candidates.find((c) => c.key === name) ??
    candidates.find((c) => c.key === aliased) ??
    candidates.find((c) => c.key.toLowerCase() === lower) ??
    candidates.find((c) => c.label.toLowerCase() === lower);
  if (!found) {
    const other = registry.customers.has(name) || registry.orders.has(name);
    const list = candidates.map((c) => (c.key === c.label ? c.key : `${c.key} ("${c.label}")`)).join(', ');
    throw new WorkbenchError(
      'INVALID_PARAMS',
      other
        ? `"${name}" is not a number field of the customers, so it cannot be clustered on. Use one of: ${list}.`
        : `There is no field "${name}" in this project. Cluster on number fields: ${list}.`,
      { field: name },
    );
  }
  return {
    requested: name,
    key: found.key,
    label: found.label,
    resolved: resolveField(registry, found.key, 'customer', 'fields'),
  };
}
