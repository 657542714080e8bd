import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE } from '../../../renderer/src/data/pageWindow.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import type { CustomerMetrics, Params } from '../../../shared/api.js';
import { answerCalls, projectInfo, settle } from '../storeHarness.js';

vi.mock('../../../renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));

function customer(id: string): CustomerMetrics {
  return {
    customer_id: id,
    recency_days: 3,
    frequency: 2,
    monetary: 40,
    aov: 20,
    first_order: '2024-01-01',
    last_order: '2024-02-01',
    tenure_days: 31,
  };
}

const data = () => {
  const { sort, total, pages, generation, dataStatus } = useStore.getState();
  return { sort, total, pages, generation, dataStatus };
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
    const calls = answerCalls({
      'customers/page': (params: Params<'customers/page'>) => ({
        total: PAGE_SIZE * 3,
        offset: params.offset,
        rows: [customer(`c${params.offset}`)],
      }),
    });
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().ensureRows(0, 10);
    expect(data().dataStatus).toBe('loading');
    await settle();
    useStore.getState().ensureRows(PAGE_SIZE * 2, PAGE_SIZE * 2 + 10);
    await settle();
    // the pages the rows touch and one either side
    expect(calls.map((c) => c.params)).toEqual(
      [0, 1, 2].map((page) => ({ offset: page * PAGE_SIZE, limit: PAGE_SIZE, sort: { key: 'monetary', dir: 'desc' } })),
    );
    expect(data()).toEqual({
      sort: { key: 'monetary', dir: 'desc' },
      total: PAGE_SIZE * 3,
      pages: { 0: [customer('c0')], 1: [customer(`c${PAGE_SIZE}`)], 2: [customer(`c${PAGE_SIZE * 2}`)] },
      generation: 1,
      dataStatus: 'ready',
    });
  });

  it('sorts a new column biggest first (the id A to Z) and turns the same column around', () => {
    useStore.getState().setSort('frequency');
    expect(data().sort).toEqual({ key: 'frequency', dir: 'desc' });
    useStore.getState().setSort('frequency');
    expect(data().sort).toEqual({ key: 'frequency', dir: 'asc' });
    useStore.getState().setSort('customer_id');
    expect(data().sort).toEqual({ key: 'customer_id', dir: 'asc' });
    expect(data().generation).toBe(3);
  });

  it('drops a page answered for the order before a sort change', async () => {
    let answer: (page: { total: number; offset: number; rows: CustomerMetrics[] }) => void = () => {};
    answerCalls({ 'customers/page': () => new Promise((resolve) => (answer = resolve)) });
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().ensureRows(0, 10);
    useStore.getState().setSort('recency_days');
    answer({ total: 1, offset: 0, rows: [customer('old order')] });
    await settle();
    expect(data()).toEqual({
      sort: { key: 'recency_days', dir: 'desc' },
      total: null,
      pages: {},
      generation: 2,
      dataStatus: 'loading',
    });
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

  it('forgets pages and total when the data changes', () => {
    useStore.setState({ pages: { 0: [customer('a')] }, total: 1, dataStatus: 'ready', generation: 4 });
    useStore.getState().invalidateData();
    expect(data()).toEqual({
      sort: { key: 'monetary', dir: 'desc' },
      total: null,
      pages: {},
      generation: 5,
      dataStatus: 'idle',
    });
  });
});
