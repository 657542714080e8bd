/**
 * A database opened where the data lives, across a reload: the engine still has it open (the page
 * shows it again, its values asked of the database), or it is gone since the app restarted (the
 * dialog asks for its URL again and says why). The tab keeps only the opaque id and the masked address.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import type { SourceInfo } from '../../../shared/api.js';
import { answerCalls, settle } from '../storeHarness.js';

vi.mock('../../../renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));

const info: SourceInfo = {
  id: '6f1c2b7e-0000-4000-8000-000000000001',
  shown: 'postgresql://ana:***@db.example:5432/shop',
  dialect: 'postgres',
  tables: ['customers'],
  customers: 1,
  fields: [{ key: 'country', type: 'category', source: 'customers' }],
  asOf: null,
};

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the database slice across a reload', () => {
  beforeEach(() => {
    resetStore();
    vi.stubGlobal('sessionStorage', memoryStorage());
  });

  it('keeps only the id and the masked address, never the URL typed', async () => {
    answerCalls({
      'source/open': info,
      'source/count': { customers: 1, revenue: 0, share_customers: 1, share_revenue: 0, ms: 3 },
      'source/countParts': [],
    });
    await useStore.getState().openDatabase('postgresql://ana:s3cret@db.example:5432/shop');
    expect(sessionStorage.getItem('segwb.database')).toBe(
      JSON.stringify({ id: info.id, shown: 'postgresql://ana:***@db.example:5432/shop' }),
    );
    expect(sessionStorage.length).toBe(1);
  });

  it('shows the database the engine still has open, with values asked of the database', async () => {
    sessionStorage.setItem('segwb.database', JSON.stringify({ id: info.id, shown: info.shown }));
    const calls = answerCalls({
      'app/info': { version: '0.1.0', mode: 'web', projectsDir: '/p' },
      'project/current': null,
      'project/recent': [],
      'source/current': info,
      'source/count': { customers: 1, revenue: 0, share_customers: 1, share_revenue: 0, ms: 3 },
      'source/countParts': [],
      'source/profile': {
        key: 'country',
        source: 'customers',
        type: 'category',
        filled: 1,
        empty: 0,
        min: null,
        max: null,
        values: [{ value: 'Wales', count: 1 }],
      },
    });
    await useStore.getState().loadApp();
    expect(useStore.getState().database).toEqual(info);
    expect(useStore.getState().databaseDialog).toBe(false);
    expect(useStore.getState().draft).not.toBeNull();
    useStore.getState().ensureProfile({ key: 'country', source: 'customers' });
    await settle();
    expect(calls.filter((c) => c.method === 'source/profile').map((c) => c.params)).toEqual([
      { key: 'country', source: 'customers', limit: 200 },
    ]);
    expect(calls.some((c) => c.method === 'fields/profile')).toBe(false);
  });

  it('asks again, saying why, when the engine restarted and the database is gone', async () => {
    sessionStorage.setItem('segwb.database', JSON.stringify({ id: info.id, shown: info.shown }));
    answerCalls({
      'app/info': { version: '0.1.0', mode: 'web', projectsDir: '/p' },
      'project/current': null,
      'project/recent': [],
      'source/current': null,
    });
    await useStore.getState().loadApp();
    const { database, databaseDialog, databaseLost } = useStore.getState();
    expect({ database, databaseDialog, databaseLost }).toEqual({
      database: null,
      databaseDialog: true,
      databaseLost: 'postgresql://ana:***@db.example:5432/shop',
    });
    expect(sessionStorage.getItem('segwb.database')).toBeNull();
  });

  it('shows the start page after a reload when no database was open', async () => {
    answerCalls({
      'app/info': { version: '0.1.0', mode: 'web', projectsDir: '/p' },
      'project/current': null,
      'project/recent': [],
      'source/current': null,
    });
    await useStore.getState().loadApp();
    expect(useStore.getState().databaseDialog).toBe(false);
    expect(useStore.getState().database).toBeNull();
  });
});
