/** The options of the commands that print SQL for the warehouse tables: --dialect and --as-of. */
import { isoToDay } from '../core/metrics/days.js';
import { type Dialect, isDialect } from '../core/warehouse/dialect.js';
import { type Parsed, UsageError } from './args.js';

export function requireDialect(values: Parsed['values']): Dialect {
  const dialect = values.dialect;
  if (dialect === undefined) throw new UsageError('--dialect is required: postgres, duckdb or sqlite');
  if (!isDialect(dialect))
    throw new UsageError(`--dialect must be postgres, duckdb or sqlite, not "${String(dialect)}"`);
  return dialect;
}

/** --as-of as a day number, or undefined for the project's as-of date. */
export function optionalAsOfDay(values: Parsed['values']): number | undefined {
  const iso = values['as-of'];
  if (iso === undefined) return undefined;
  try {
    return isoToDay(String(iso));
  } catch {
    throw new UsageError(`--as-of must be a date as YYYY-MM-DD, not "${String(iso)}"`);
  }
}
