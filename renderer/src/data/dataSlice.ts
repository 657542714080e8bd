import type { CustomerMetrics, MetricKey } from '../../../shared/api.js';
import { api } from '../api/index.js';
import type { SliceCreator } from '../store/types.js';
import { PAGE_SIZE, pagesForRange, pagesToEvict } from './pageWindow.js';

export interface CustomerSort {
  key: MetricKey;
  dir: 'asc' | 'desc';
}

/** At most this many pages (of PAGE_SIZE rows) stay cached. */
const MAX_CACHED_PAGES = 30;

export interface DataSlice {
  sort: CustomerSort;
  /** Customers in the project, from the last page answer; null before the first one. */
  total: number | null;
  pages: Record<number, CustomerMetrics[]>;
  /** Bumped whenever the list changes meaning (sort, project, data): answers for an older one are dropped. */
  generation: number;
  dataStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Makes sure the pages around rows first..last are loaded (or loading). */
  ensureRows(first: number, last: number): void;
  setSort(key: MetricKey): void;
  invalidateData(): void;
}

export const createDataSlice: SliceCreator<DataSlice> = (set, get) => {
  const inFlight = new Set<string>();

  async function fetchPage(page: number): Promise<void> {
    const { generation, sort } = get();
    const flightKey = `${generation}:${page}`;
    if (inFlight.has(flightKey)) return;
    inFlight.add(flightKey);
    try {
      const answer = await api.call('customers/page', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, sort });
      if (get().generation !== generation) return;
      const cached = { ...get().pages, [page]: answer.rows };
      for (const old of pagesToEvict(Object.keys(cached).map(Number), page, MAX_CACHED_PAGES)) delete cached[old];
      set({ pages: cached, total: answer.total, dataStatus: 'ready' });
    } catch (error) {
      if (get().generation !== generation) return;
      set({ dataStatus: 'error' });
      get().reportError(error);
    } finally {
      inFlight.delete(flightKey);
    }
  }

  return {
    sort: { key: 'monetary', dir: 'desc' },
    total: null,
    pages: {},
    generation: 0,
    dataStatus: 'idle',

    ensureRows: (first, last) => {
      const { total, pages, dataStatus, project } = get();
      if (!project || dataStatus === 'error') return;
      if (total === null) {
        if (dataStatus !== 'loading') set({ dataStatus: 'loading' });
        void fetchPage(0);
        return;
      }
      for (const page of pagesForRange(first, last, total)) {
        if (!pages[page]) void fetchPage(page);
      }
    },

    setSort: (key) => {
      const current = get().sort;
      // A new column starts with the order a user expects: biggest first for numbers, A→Z for the id.
      const dir =
        current.key === key ? (current.dir === 'asc' ? 'desc' : 'asc') : key === 'customer_id' ? 'asc' : 'desc';
      set((state) => ({ sort: { key, dir }, pages: {}, generation: state.generation + 1 }));
    },

    invalidateData: () =>
      set((state) => ({ pages: {}, total: null, dataStatus: 'idle', generation: state.generation + 1 })),
  };
};
