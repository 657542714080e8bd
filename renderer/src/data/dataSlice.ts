import type { CustomerColumn, CustomerDetail, CustomerRow } from '../../../shared/api.js';
import type { PersonalData } from '../../../shared/model/personalData.js';
import { api } from '../api/index.js';
import type { SliceCreator } from '../store/types.js';
import { exportCustomers } from './customerExport.js';
import { type CustomerSort, type DataFilter, queryParams } from './dataQuery.js';
import { PAGE_SIZE, pagesForRange, pagesToEvict } from './pageWindow.js';

export type { CustomerSort, DataFilter } from './dataQuery.js';

/** At most this many pages (of PAGE_SIZE rows) stay cached. */
const MAX_CACHED_PAGES = 30;

export interface CustomerPanelState {
  customerId: string;
  detail: CustomerDetail | null;
  status: 'loading' | 'ready' | 'error';
}

export interface DataSlice {
  sort: CustomerSort;
  dataSearch: string;
  dataFilter: DataFilter;
  /** The columns of the last page answer (customer id, the customers file's fields, the metrics). */
  customerColumns: CustomerColumn[];
  /** Customers the search and filter find, from the last page answer; null before the first one. */
  total: number | null;
  /** Customers in the project. */
  allCustomers: number | null;
  pages: Record<number, CustomerRow[]>;
  /** Bumped whenever the list changes meaning (search, filter, sort, project, data): answers for an older one are dropped. */
  generation: number;
  dataStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** The customer panel; null when closed. */
  customerPanel: CustomerPanelState | null;
  dataExportStatus: 'idle' | 'exporting' | 'done';
  /** Email, phone and names in the export: kept, masked or left out. */
  dataExportPersonal: PersonalData;
  setDataExportPersonal(personal: PersonalData): void;
  /** Rows in the last export (the rows the view found). */
  dataExportedRows: number | null;
  /** The project the search and filter were chosen in. */
  dataQueryProject: string | null;
  /** Makes sure the pages around rows first..last are loaded (or loading). */
  ensureRows(first: number, last: number): void;
  setSort(key: string): void;
  setDataSearch(search: string): void;
  setDataFilter(filter: DataFilter): void;
  openCustomer(customerId: string): void;
  closeCustomer(): void;
  exportDataRows(): Promise<void>;
  invalidateData(): void;
}

/** A new column starts with the order a user expects: biggest (newest) first for figures, A→Z for text. */
function firstDirection(column: CustomerColumn | undefined): 'asc' | 'desc' {
  return column && (column.type === 'number' || column.type === 'date') ? 'desc' : 'asc';
}

export const createDataSlice: SliceCreator<DataSlice> = (set, get) => {
  const inFlight = new Set<string>();

  async function fetchPage(page: number): Promise<void> {
    const { generation, sort, dataSearch: search, dataFilter: filter } = get();
    const flightKey = `${generation}:${page}`;
    if (inFlight.has(flightKey)) return;
    inFlight.add(flightKey);
    try {
      const answer = await api.call('customers/page', {
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
        ...queryParams({ sort, search, filter }),
      });
      if (get().generation !== generation) return;
      const cached = { ...get().pages, [page]: answer.rows };
      for (const old of pagesToEvict(Object.keys(cached).map(Number), page, MAX_CACHED_PAGES)) delete cached[old];
      set({
        pages: cached,
        total: answer.total,
        allCustomers: answer.all,
        customerColumns: answer.columns,
        dataStatus: 'ready',
      });
    } catch (error) {
      if (get().generation !== generation) return;
      set({ dataStatus: 'error' });
      get().reportError(error);
    } finally {
      inFlight.delete(flightKey);
    }
  }

  /** The list means something else: drop its pages and count, keep the columns (they change with the data only). */
  const restart = () =>
    set((state) => ({ pages: {}, total: null, dataStatus: 'idle', generation: state.generation + 1 }));

  return {
    sort: { key: 'monetary', dir: 'desc' },
    dataSearch: '',
    dataFilter: { kind: 'all' },
    customerColumns: [],
    total: null,
    allCustomers: null,
    pages: {},
    generation: 0,
    dataStatus: 'idle',
    customerPanel: null,
    dataExportStatus: 'idle',
    dataExportPersonal: 'keep',
    setDataExportPersonal: (personal) => set({ dataExportPersonal: personal, dataExportStatus: 'idle' }),
    dataExportedRows: null,
    dataQueryProject: null,

    ensureRows: (first, last) => {
      const { total, pages, dataStatus, project } = get();
      if (!project || dataStatus === 'error') return;
      if (total === null) {
        if (dataStatus !== 'loading') set({ dataStatus: 'loading', dataQueryProject: project.path });
        void fetchPage(0);
        return;
      }
      for (const page of pagesForRange(first, last, total)) {
        if (!pages[page]) void fetchPage(page);
      }
    },

    setSort: (key) => {
      const current = get().sort;
      const dir =
        current.key === key
          ? current.dir === 'asc'
            ? 'desc'
            : 'asc'
          : firstDirection(get().customerColumns.find((c) => c.key === key));
      set({ sort: { key, dir }, dataExportStatus: 'idle' });
      restart();
    },

    setDataSearch: (search) => {
      if (search === get().dataSearch) return;
      set({ dataSearch: search, dataExportStatus: 'idle' });
      restart();
    },

    setDataFilter: (filter) => {
      set({ dataFilter: filter, dataExportStatus: 'idle' });
      restart();
    },

    openCustomer: (customerId) => {
      set({ customerPanel: { customerId, detail: null, status: 'loading' } });
      api.call('customers/get', { customerId }).then(
        (detail) => {
          if (get().customerPanel?.customerId === customerId)
            set({ customerPanel: { customerId, detail, status: 'ready' } });
        },
        (error: unknown) => {
          if (get().customerPanel?.customerId !== customerId) return;
          set({ customerPanel: { customerId, detail: null, status: 'error' } });
          get().reportError(error);
        },
      );
    },

    closeCustomer: () => set({ customerPanel: null }),

    exportDataRows: async () => {
      const { sort, dataSearch: search, dataFilter: filter, customerColumns: columns, total } = get();
      const personal = get().dataExportPersonal;
      set({ dataExportStatus: 'exporting', dataExportedRows: null });
      try {
        const saved = await exportCustomers(api, {
          ...queryParams({ sort, search, filter }),
          ...(columns.length > 0 ? { columns: columns.map((c) => c.key) } : {}),
          bom: true,
          personal,
        });
        set(saved ? { dataExportStatus: 'done', dataExportedRows: total } : { dataExportStatus: 'idle' });
      } catch (error) {
        set({ dataExportStatus: 'idle' });
        get().reportError(error);
      }
    },

    invalidateData: () => {
      const { project, dataQueryProject } = get();
      // A search and filter belong to the project they were chosen in (segment ids differ between projects).
      if (project?.path !== dataQueryProject) {
        set({ dataSearch: '', dataFilter: { kind: 'all' }, dataQueryProject: project?.path ?? null });
      }
      set({ customerPanel: null, customerColumns: [], allCustomers: null, dataExportStatus: 'idle' });
      restart();
    },
  };
};
