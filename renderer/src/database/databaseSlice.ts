/**
 * A database opened where the data lives: the dialog that opens it, what it holds, and the time
 * its last count took. Once open, the segment builder counts on it (builderSlice asks source/count)
 * with the database's fields offered in place of a project's.
 */
import type { FieldInfo, SourceInfo } from '../../../shared/api.js';
import { api } from '../api/index.js';
import type { SliceCreator } from '../store/types.js';
import { forgetDatabase, recallDatabase, rememberDatabase } from './openedDatabase.js';

export interface DatabaseSlice {
  database: SourceInfo | null;
  databaseDialog: boolean;
  databaseBusy: boolean;
  /** Why the last attempt to open failed, as the engine said it (the password masked). */
  databaseProblem: string | null;
  /** How long the database took for the count shown, in ms. */
  databaseMs: number | null;
  /** The address (password masked) of a database this tab had open that the engine no longer has. */
  databaseLost: string | null;
  setDatabaseDialog(open: boolean): void;
  openDatabase(url: string): Promise<void>;
  /**
   * After a reload: shows the database the engine still has open; when the one this tab had is
   * gone (the app restarted), asks for its URL again, saying why.
   */
  restoreDatabase(): Promise<void>;
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

export const createDatabaseSlice: SliceCreator<DatabaseSlice> = (set, get) => {
  /** The builder on this database: its fields (values and ranges asked anew), a blank segment. */
  function show(info: SourceInfo): void {
    rememberDatabase(info);
    set({
      database: info,
      databaseDialog: false,
      databaseLost: null,
      databaseMs: null,
      fields: databaseFields(info),
      profiles: {},
    });
    get().newSegment(null);
  }

  return {
    database: null,
    databaseDialog: false,
    databaseBusy: false,
    databaseProblem: null,
    databaseMs: null,
    databaseLost: null,
    setDatabaseDialog: (open) => set({ databaseDialog: open, databaseProblem: null, databaseLost: null }),
    openDatabase: async (url) => {
      set({ databaseBusy: true, databaseProblem: null });
      try {
        show(await api.call('source/open', { url }));
      } catch (error) {
        set({ databaseProblem: error instanceof Error ? error.message : String(error) });
      } finally {
        set({ databaseBusy: false });
      }
    },
    restoreDatabase: async () => {
      const opened = recallDatabase();
      const info = await api.call('source/current', {}).catch(() => null);
      if (info) {
        show(info);
      } else if (opened) {
        forgetDatabase();
        set({ databaseDialog: true, databaseProblem: null, databaseLost: opened.shown });
      }
    },
    closeDatabase: async () => {
      await api.call('source/close', {}).catch(() => null);
      forgetDatabase();
      get().resetBuilder();
      set({ database: null, databaseMs: null, fields: null, profiles: {} });
    },
  };
};
