import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE } from '../../../renderer/src/data/pageWindow.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import type { CustomerColumn, CustomerDetail, CustomerPage, CustomerRow, Params } from '../../../shared/api.js';
import { answerCalls, projectInfo, settle } from '../storeHarness.js';

vi.mock('../../../renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));

const COLUMNS: CustomerColumn[] = [
  { key: 'customer_id', label: 'Customer', type: 'text', source: 'customer_id' },
  { key: 'city', label: 'City', type: 'category', source: 'customers' },
  { key: 'signup', label: 'Signed up', type: 'date', source: 'customers' },
  { key: 'monetary', label: 'Monetary value', type: 'number', source: 'metrics' },
];

function customer(id: string): CustomerRow {
  return { customer_id: id, values: { customer_id: id, city: 'Tehran', signup: '2024-01-01', monetary: 40 } };
}

function page(params: Params<'customers/page'>, total = PAGE_SIZE * 3): CustomerPage {
  return { columns: COLUMNS, total, all: 1000, offset: params.offset, rows: [customer(`c${params.offset}`)] };
}

const data = () => {
  const { sort, total, allCustomers, pages, generation, dataStatus, dataSearch, dataFilter } = useStore.getState();
  return { sort, total, allCustomers, pages, generation, dataStatus, dataSearch, dataFilter };
};

describe('the data slice', () => {
  beforeEach(() => {
    resetStore();
  });

  it('asks for nothing without a project', () => {
    const calls = answerCalls({});
    useStore.getState().ensureRows(0, 20);
    expect(calls).toEqual([]);
    expect(data().dataStatus).toBe('idle');
  });

  it('loads the first page with the sort shown, then the pages around the rows on screen', async () => {
    const calls = answerCalls({ 'customers/page': (params) => page(params) });
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().ensureRows(0, 10);
    expect(data().dataStatus).toBe('loading');
    await settle();
    useStore.getState().ensureRows(PAGE_SIZE * 2, PAGE_SIZE * 2 + 10);
    await settle();
    // the pages the rows touch and one either side
    expect(calls.map((c) => c.params)).toEqual(
      [0, 1, 2].map((p) => ({ offset: p * PAGE_SIZE, limit: PAGE_SIZE, sort: { key: 'monetary', dir: 'desc' } })),
    );
    expect(data()).toEqual({
      sort: { key: 'monetary', dir: 'desc' },
      total: PAGE_SIZE * 3,
      allCustomers: 1000,
      pages: { 0: [customer('c0')], 1: [customer(`c${PAGE_SIZE}`)], 2: [customer(`c${PAGE_SIZE * 2}`)] },
      generation: 1,
      dataStatus: 'ready',
      dataSearch: '',
      dataFilter: { kind: 'all' },
    });
    expect(useStore.getState().customerColumns).toEqual(COLUMNS);
  });

  it('asks with the search, the filter and the sort, and starts the list again on each change', async () => {
    const calls = answerCalls({ 'customers/page': (params) => page(params, 2) });
    const store = useStore.getState();
    store.projectChanged(projectInfo('/p/a.segwb'));
    store.ensureRows(0, 10);
    await settle();
    store.setDataSearch('  كتاب ');
    store.setDataFilter({ kind: 'segment', id: 7 });
    store.setSort('city');
    useStore.getState().ensureRows(0, 10);
    await settle();
    store.setDataFilter({ kind: 'rule', rule: { field: 'monetary', op: '>', value: 100 } });
    store.setDataSearch('');
    useStore.getState().ensureRows(0, 10);
    await settle();
    expect(calls.map((c) => c.params)).toEqual([
      { offset: 0, limit: PAGE_SIZE, sort: { key: 'monetary', dir: 'desc' } },
      { offset: 0, limit: PAGE_SIZE, search: 'كتاب', rule: { segment: 7 }, sort: { key: 'city', dir: 'asc' } },
      {
        offset: 0,
        limit: PAGE_SIZE,
        rule: { field: 'monetary', op: '>', value: 100 },
        sort: { key: 'city', dir: 'asc' },
      },
    ]);
    expect(data().generation).toBe(6);
  });

  it('sorts a new text column A to Z, a figure or date biggest first, and turns the same column around', async () => {
    answerCalls({ 'customers/page': (params) => page(params) });
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().ensureRows(0, 10);
    await settle();
    const sorts: unknown[] = [];
    for (const key of ['signup', 'signup', 'city', 'customer_id', 'monetary']) {
      useStore.getState().setSort(key);
      sorts.push(data().sort);
    }
    expect(sorts).toEqual([
      { key: 'signup', dir: 'desc' },
      { key: 'signup', dir: 'asc' },
      { key: 'city', dir: 'asc' },
      { key: 'customer_id', dir: 'asc' },
      { key: 'monetary', dir: 'desc' },
    ]);
  });

  it('drops a page answered for the order before a sort change', async () => {
    let answer: (page: CustomerPage) => void = () => {};
    answerCalls({ 'customers/page': () => new Promise((resolve) => (answer = resolve)) });
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().ensureRows(0, 10);
    useStore.getState().setSort('recency_days');
    answer({ columns: COLUMNS, total: 1, all: 1, offset: 0, rows: [customer('old order')] });
    await settle();
    expect(data()).toMatchObject({ total: null, pages: {}, generation: 2, dataStatus: 'idle' });
  });

  it('shows a failed page in the banner and stops asking', async () => {
    const calls = answerCalls({});
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().ensureRows(0, 10);
    await settle();
    useStore.getState().ensureRows(0, 10);
    expect(calls).toHaveLength(1);
    expect(data().dataStatus).toBe('error');
    expect(useStore.getState().errors.map((e) => e.message)).toEqual([
      'The fake engine has no answer for customers/page.',
    ]);
  });

  it('keeps the search and filter when the data changes, and forgets them for another project', () => {
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.setState({ pages: { 0: [customer('a')] }, total: 1, dataStatus: 'ready', dataQueryProject: '/p/a.segwb' });
    useStore.getState().setDataSearch('ann');
    useStore.getState().setDataFilter({ kind: 'segment', id: 3 });
    useStore.getState().invalidateData();
    expect(data()).toMatchObject({ dataSearch: 'ann', dataFilter: { kind: 'segment', id: 3 }, total: null, pages: {} });
    useStore.getState().projectChanged(projectInfo('/p/b.segwb'));
    expect(data()).toMatchObject({ dataSearch: '', dataFilter: { kind: 'all' }, total: null, pages: {} });
  });

  it('opens a customer in the panel, drops an answer for one closed meanwhile, and closes', async () => {
    const detail = (id: string): CustomerDetail => ({
      customer_id: id,
      columns: COLUMNS,
      values: customer(id).values,
      lineColumns: [],
      orders: [],
      orderCount: 0,
      segments: [{ id: 1, name: 'VIP', color: null }],
    });
    const calls = answerCalls({ 'customers/get': ({ customerId }) => detail(customerId) });
    useStore.getState().openCustomer('k1');
    expect(useStore.getState().customerPanel).toEqual({ customerId: 'k1', detail: null, status: 'loading' });
    useStore.getState().openCustomer('k2');
    await settle();
    expect(calls.map((c) => c.params)).toEqual([{ customerId: 'k1' }, { customerId: 'k2' }]);
    expect(useStore.getState().customerPanel).toEqual({ customerId: 'k2', detail: detail('k2'), status: 'ready' });
    useStore.getState().closeCustomer();
    expect(useStore.getState().customerPanel).toBeNull();
  });

  it('exports the rows the view finds, in its columns, through the engine in Electron', async () => {
    const calls = answerCalls({
      'customers/page': (params) => page(params, 42),
      'customers/export': ({ path }) => ({ path, rows: 42 }),
    });
    const chooseSavePath = vi.fn(async () => '/home/me/customers.csv');
    vi.stubGlobal('window', { segwb: { chooseSavePath } });
    try {
      useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
      useStore.getState().setDataSearch('ann');
      useStore.getState().setDataExportPersonal('mask');
      useStore.getState().ensureRows(0, 10);
      await settle();
      await useStore.getState().exportDataRows();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(chooseSavePath).toHaveBeenCalledWith('customers.csv');
    expect(calls.at(-1)).toEqual({
      method: 'customers/export',
      params: {
        path: '/home/me/customers.csv',
        search: 'ann',
        sort: { key: 'monetary', dir: 'desc' },
        columns: ['customer_id', 'city', 'signup', 'monetary'],
        bom: true,
        personal: 'mask',
      },
    });
    expect(useStore.getState()).toMatchObject({ dataExportStatus: 'done', dataExportedRows: 42 });
  });
});
