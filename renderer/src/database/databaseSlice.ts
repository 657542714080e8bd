/**
 * A database opened where the data lives: the dialog that opens it, what it holds, and the time
 * its last count took. Once open, the segment builder counts on it (builderSlice asks source/count)
 * with the database's fields offered in place of a project's.
 */
import type { FieldInfo, SourceInfo } from '../../../shared/api.js';
import { api } from '../api/index.js';
import type { SliceCreator } from '../store/types.js';

export interface DatabaseSlice {
  database: SourceInfo | null;
  databaseDialog: boolean;
  databaseBusy: boolean;
  /** Why the last attempt to open failed, as the engine said it (the password masked). */
  databaseProblem: string | null;
  /** How long the database took for the count shown, in ms. */
  databaseMs: number | null;
  setDatabaseDialog(open: boolean): void;
  openDatabase(url: string): Promise<void>;
  closeDatabase(): Promise<void>;
}

const METRICS: Array<Pick<FieldInfo, 'key' | 'type'>> = [
  { key: 'recency_days', type: 'number' },
  { key: 'frequency', type: 'number' },
  { key: 'monetary', type: 'number' },
  { key: 'aov', type: 'number' },
  { key: 'tenure_days', type: 'number' },
  { key: 'first_order', type: 'date' },
  { key: 'last_order', type: 'date' },
];

/** The database's columns as the builder's fields; the metrics when it has orders. */
export function databaseFields(info: SourceInfo): FieldInfo[] {
  const metrics = info.tables.includes('orders')
    ? METRICS.map((m) => ({ ...m, label: m.key, role: null, source: 'metrics' as const }))
    : [];
  return [...metrics, ...info.fields.map((f) => ({ ...f, label: f.key, role: null }))];
}

export const createDatabaseSlice: SliceCreator<DatabaseSlice> = (set, get) => ({
  database: null,
  databaseDialog: false,
  databaseBusy: false,
  databaseProblem: null,
  databaseMs: null,
  setDatabaseDialog: (open) => set({ databaseDialog: open, databaseProblem: null }),
  openDatabase: async (url) => {
    set({ databaseBusy: true, databaseProblem: null });
    try {
      const info = await api.call('source/open', { url });
      set({ database: info, databaseDialog: false, databaseMs: null, fields: databaseFields(info) });
      get().newSegment(null);
    } catch (error) {
      set({ databaseProblem: error instanceof Error ? error.message : String(error) });
    } finally {
      set({ databaseBusy: false });
    }
  },
  closeDatabase: async () => {
    await api.call('source/close', {}).catch(() => null);
    get().resetBuilder();
    set({ database: null, databaseMs: null, fields: null });
  },
});
