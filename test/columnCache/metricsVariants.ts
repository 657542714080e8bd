/**
 * The small project of test/fixtures/segments (10 customers, 2 without orders, 2 in the orders
 * only) as imported, and changed behind the engine's back into what the fast readers must answer
 * exactly as the SQL reads did: a text where a number belongs, days before 1970, customer ids
 * with a gap, a metrics row without its customer, a NULL where the engine writes a day.
 */
import type { Db } from '../../electron/core/db/projectFile.js';
import type { Session } from '../../electron/core/session.js';
import { smallProject } from '../segments/project.js';

export const VARIANTS = {
  imported: '',
  'a text in monetary and in last_day': `UPDATE customer_metrics SET monetary = 'abc' WHERE customer = 2;
    UPDATE customer_metrics SET last_day = '12x' WHERE customer = 3`,
  'days before 1970': 'UPDATE customer_metrics SET first_day = first_day - 20000, last_day = last_day - 20000',
  'ids with a gap, a metrics row without its customer': `INSERT INTO customers (id, customer_key) VALUES (40, 'k40');
    INSERT INTO customer_metrics (customer, frequency, monetary, first_day, last_day) VALUES (41, 3, 12.25, 19700, 19790)`,
  'a customer with orders and no last order day': 'UPDATE customer_metrics SET last_day = NULL WHERE customer = 2',
  'an integer past 2^53': 'UPDATE customer_metrics SET frequency = 9007199254740995 WHERE customer = 1',
} as const;

export type Variant = keyof typeof VARIANTS;

/** The project in a variant, with nothing kept in its column cache. */
export async function variantProject(variant: Variant): Promise<{ session: Session; db: Db }> {
  const session = await smallProject();
  const db = session.requireProject().db;
  if (VARIANTS[variant]) db.exec(VARIANTS[variant]);
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'column_cache'").get()) db.exec('DELETE FROM column_cache');
  return { session, db };
}
