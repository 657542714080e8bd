/**
 * How many conditions' members were evaluated over columns and how many by the SQL scan, per
 * field key, since the process started: tests read it to see that the column path is taken (a
 * silent fall back to SQL would give the same counts, only slower).
 */
export type LeafPath = 'columns' | 'sql';

class ConditionLeafTally {
  private readonly byField = new Map<string, Record<LeafPath, number>>();

  record(field: string, path: LeafPath): void {
    const counts = this.byField.get(field) ?? { columns: 0, sql: 0 };
    counts[path] += 1;
    this.byField.set(field, counts);
  }

  /** Counts per field key, sorted by key. */
  snapshot(): Record<string, Record<LeafPath, number>> {
    const keys = [...this.byField.keys()].sort();
    return Object.fromEntries(keys.map((k) => [k, { ...(this.byField.get(k) as Record<LeafPath, number>) }]));
  }

  reset(): void {
    this.byField.clear();
  }
}

export const conditionLeafTally = new ConditionLeafTally();
