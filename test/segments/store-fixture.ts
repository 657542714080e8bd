/** The small shop the segment store tests use: 8 customers (c8 never ordered, c7 only a refund) and 10 orders. */
import path from 'node:path';
import type { Session } from '../../electron/core/session.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

export const storeFixture = (name: string) => fixture(path.join('segments-store', name));

export async function fixtureProject(): Promise<{ session: Session; dir: string }> {
  const dir = tempDir();
  const session = newSession(dir);
  session.create(path.join(dir, 'shop.segwb'));
  await importFile(session, storeFixture('customers.csv'), { kind: 'customers', dateOrder: 'ymd' });
  await importFile(session, storeFixture('orders.csv'), { kind: 'orders', dateOrder: 'ymd' });
  return { session, dir };
}
