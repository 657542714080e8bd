/**
 * DuckDB's side of the side-by-side bench, in a process of its own: the orders CSV into a DuckDB
 * database file (the analogue of our project file), then recency, frequency and monetary value per
 * customer by one GROUP BY, printed as JSON like `segwb metrics --json`.
 *   node duckdbRfm.js --csv orders.csv --db peer.duckdb
 */
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const { values } = parseArgs({ options: { csv: { type: 'string' }, db: { type: 'string' } } });
const csv = String(values.csv).replaceAll("'", "''");
const instance = await DuckDBInstance.create(String(values.db));
const connection = await instance.connect();
await connection.run(`CREATE TABLE orders AS SELECT * FROM read_csv('${csv}')`);
const reader = await connection.runAndReadAll(`
  WITH per_order AS (
    SELECT customer_id, order_id, min(order_date::DATE) AS day, sum(quantity * unit_price) AS amount
    FROM orders GROUP BY customer_id, order_id
  ), as_of AS (SELECT max(day) + 1 AS day FROM per_order)
  SELECT customer_id, ((SELECT day FROM as_of) - max(day))::INTEGER AS recency_days, count(*)::INTEGER AS frequency,
    round(sum(amount), 2) AS monetary, round(sum(amount) / count(*), 6) AS aov,
    min(day)::VARCHAR AS first_order, max(day)::VARCHAR AS last_order
  FROM per_order GROUP BY customer_id ORDER BY customer_id`);
process.stdout.write(JSON.stringify(reader.getRowObjectsJson()));
connection.closeSync();
instance.closeSync();
