import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportTableXlsx, type XlsxTableChoice } from '../../../renderer/src/api/tableXlsx.js';
import type { WorkbenchApi } from '../../../shared/api.js';
import { API_TABLE_XLSX } from '../../../shared/transport.js';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function fakeApi(): { api: WorkbenchApi; call: ReturnType<typeof vi.fn> } {
  const call = vi.fn(async (_method: string, params: { path: string }) => ({ path: params.path, rows: 2 }));
  return { api: { call, on: () => () => undefined } as unknown as WorkbenchApi, call };
}

describe('exporting a table as a workbook', () => {
  it('in Electron: asks where, then has the engine write .xlsx there', async () => {
    const chooseSavePath = vi.fn(async () => '/home/me/rfm.xlsx');
    vi.stubGlobal('window', { segwb: { chooseSavePath } });
    const { api, call } = fakeApi();
    expect(await exportTableXlsx(api, { table: 'rfm', params: { bins: 3, scheme: 'rf-grid' } })).toBe(true);
    expect(chooseSavePath).toHaveBeenCalledWith('rfm-segments.xlsx');
    expect(call).toHaveBeenCalledWith('rfm/summaryExport', {
      bins: 3,
      scheme: 'rf-grid',
      path: '/home/me/rfm.xlsx',
      format: 'xlsx',
    });
  });

  it('in Electron: nothing is written when the save dialog is cancelled', async () => {
    vi.stubGlobal('window', { segwb: { chooseSavePath: async () => null } });
    const { api, call } = fakeApi();
    expect(await exportTableXlsx(api, { table: 'compare', params: { segments: [{ all: true }] } })).toBe(false);
    expect(call).not.toHaveBeenCalled();
  });

  it('in a browser: posts the table and its params to the download endpoint', async () => {
    const saved: string[] = [];
    vi.stubGlobal('window', {
      location: { href: 'http://127.0.0.1:4000/?token=t0k' },
      history: { state: null, replaceState: () => undefined },
      sessionStorage: null,
    });
    vi.stubGlobal('document', {
      createElement: () => ({
        click() {
          saved.push(this.download);
        },
        download: '',
        href: '',
      }),
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const fetchFn = vi.fn(async () => new Response(new Uint8Array([0x50, 0x4b]), { status: 200 }));
    const { api } = fakeApi();
    const choice: XlsxTableChoice = { table: 'compare', params: { segments: [{ all: true }] } };
    expect(await exportTableXlsx(api, choice, fetchFn as unknown as typeof fetch)).toBe(true);
    expect(fetchFn).toHaveBeenCalledWith(
      API_TABLE_XLSX,
      expect.objectContaining({ method: 'POST', body: JSON.stringify(choice) }),
    );
    expect(saved).toEqual(['segment-comparison.xlsx']);
  });
});
