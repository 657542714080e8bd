/** RFM test projects: the hand-made order files of test/fixtures/rfm, imported for real. */
import path from 'node:path';
import type { Session } from '../../electron/core/session.js';
import { type ColumnSpec, importTyped } from '../segments/project.js';
import { fixture, newSession, tempDir } from '../support/session.js';

const ORDER_COLUMNS: Record<string, ColumnSpec> = {
  order_id: { type: 'identifier', role: 'order_id' },
  customer_id: { type: 'identifier', role: 'customer_id' },
  order_date: { type: 'date', role: 'order_date' },
  product: { type: 'text', role: 'product' },
  quantity: { type: 'number', role: 'quantity' },
  unit_price: { type: 'number', role: 'unit_price' },
};

/** A project holding test/fixtures/rfm/<name>.csv as its orders. */
export async function rfmProject(name: string): Promise<Session> {
  const dir = tempDir();
  const session = newSession(dir);
  session.create(path.join(dir, `${name}.segwb`));
  await importTyped(session, fixture(`rfm/${name}.csv`), 'orders', ORDER_COLUMNS);
  return session;
}
