/**
 * Customers that no dataset mentions any more (after a replace) are removed. A customer stays
 * while any of the customers file, the order lines or the events names them: a visitor known
 * only from events is a customer too (journey stage "visitor").
 */
import type { Db } from '../db/projectFile.js';

export function pruneCustomers(db: Db): void {
  db.exec(`DELETE FROM customers WHERE id NOT IN (SELECT customer FROM customer_attrs)
    AND id NOT IN (SELECT customer FROM order_lines) AND id NOT IN (SELECT customer FROM events)`);
}
