/**
 * The name of a leaf's members: its canonical JSON (object keys sorted, so that the same
 * condition sent with its keys in another order is the same leaf) with the as-of day its "within
 * the last N days" and date conditions count from. The data's version is not in it: the memory
 * and the column store each keep their entries for one version only.
 */
import { createHash } from 'node:crypto';
import type { Rule } from '../../../../shared/model/rules.js';

export function leafKey(rule: Rule, asOfDay: number | null): string {
  return `${asOfDay ?? 'none'}|${canonicalJson(rule)}`;
}

/** The column store's name for a leaf's members (columnCache/columnStore.ts bounds 'leaf/' names). */
export function storedLeafName(key: string): string {
  return `leaf/${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
