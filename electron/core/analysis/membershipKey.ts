/**
 * The name under which a rule's members are kept in the project file (columnCache/columnStore.ts): a hash
 * of the rule with every saved segment it refers to written out (so editing a referenced segment,
 * however deep, gives another name) and of the as-of date its "within the last N days" conditions
 * count from. The data's version is the column store's own tag. Null when the rule cannot be
 * resolved (a missing segment, a cycle): such a rule is compiled every time, which reports it.
 */
import { createHash } from 'node:crypto';
import type { Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';

export function membershipKey(db: Db, rule: Rule, asOfDay: number | null): string | null {
  const resolved = resolve(db, rule, []);
  if (resolved === undefined) return null;
  const hash = createHash('sha256').update(JSON.stringify(resolved)).digest('hex').slice(0, 32);
  return `member/${asOfDay ?? 'none'}/${hash}`;
}

/** The rule with { segment: id } replaced by { segment: id, rule: <its rule, resolved> }; undefined when impossible. */
function resolve(db: Db, node: unknown, path: readonly number[]): unknown {
  if (Array.isArray(node)) {
    const items = node.map((item) => resolve(db, item, path));
    return items.includes(undefined) ? undefined : items;
  }
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node);
  const ref = (node as { segment?: unknown }).segment;
  if (entries.length === 1 && typeof ref === 'number') {
    if (path.includes(ref)) return undefined;
    const stored = db.prepare('SELECT rule FROM segments WHERE id = ?').pluck().get(ref) as string | undefined;
    if (stored === undefined) return undefined;
    const inner = resolve(db, JSON.parse(stored) as unknown, [...path, ref]);
    return inner === undefined ? undefined : { segment: ref, rule: inner };
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const resolved = resolve(db, value, path);
    if (resolved === undefined) return undefined;
    out[key] = resolved;
  }
  return out;
}
