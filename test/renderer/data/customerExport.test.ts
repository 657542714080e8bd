import { describe, expect, it, vi } from 'vitest';
import { fetchCustomersCsv } from '../../../renderer/src/data/customerExport.js';

describe('the Data view export in browser mode', () => {
  it("posts the view's query with the token header and hands back the file", async () => {
    const fetchFn = vi.fn(async () => new Response('customer_id\r\nk1\r\n', { status: 200 }));
    const blob = await fetchCustomersCsv(
      { search: 'ann', sort: { key: 'age', dir: 'asc' }, bom: true },
      'tok',
      fetchFn as unknown as typeof fetch,
    );
    expect(await blob.text()).toBe('customer_id\r\nk1\r\n');
    expect(fetchFn).toHaveBeenCalledWith('/api/customers.csv', {
      method: 'POST',
      headers: { 'x-segwb-token': 'tok', 'content-type': 'application/json' },
      body: '{"search":"ann","sort":{"key":"age","dir":"asc"},"bom":true}',
    });
  });

  it("shows the server's message when it refuses", async () => {
    const refusal = { ok: false, error: { code: 'INVALID_PARAMS', message: 'There is no customer column "x".' } };
    const fetchFn = vi.fn(async () => new Response(JSON.stringify(refusal), { status: 400 }));
    await expect(fetchCustomersCsv({ bom: false }, 'tok', fetchFn as unknown as typeof fetch)).rejects.toMatchObject({
      code: 'INVALID_PARAMS',
      message: 'There is no customer column "x".',
    });
  });
});
