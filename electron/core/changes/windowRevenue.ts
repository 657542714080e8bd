/** Net revenue per customer of the orders dated in [fromDay, toDay), returns subtracted. */
import type { Db } from '../db/projectFile.js';

export function windowRevenue(db: Db, fromDay: number, toDay: number): Map<number, number> {
  const row = db
    .prepare(
      `SELECT json_group_array(customer) AS ids, json_group_array(revenue) AS revenue
       FROM (SELECT customer, TOTAL(amount) AS revenue FROM order_totals WHERE day >= ? AND day < ? GROUP BY customer)`,
    )
    .get(fromDay, toDay) as { ids: string; revenue: string };
  const ids = JSON.parse(row.ids) as number[];
  const revenue = JSON.parse(row.revenue) as number[];
  return new Map(ids.map((id, i) => [id, revenue[i] as number]));
}
