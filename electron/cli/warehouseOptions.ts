/** The options of the commands that print SQL for the warehouse tables: --dialect and --as-of. */
import { isoToDay } from '../core/metrics/days.js';
import { type Dialect, isDialect } from '../core/warehouse/dialect.js';
import { type Parsed, UsageError } from './args.js';
import { say } from './words/say.js';

export function requireDialect(values: Parsed['values']): Dialect {
  const dialect = values.dialect;
  if (dialect === undefined) throw new UsageError(say('usage.dialectRequired'));
  if (!isDialect(dialect)) throw new UsageError(say('usage.dialect', { value: String(dialect) }));
  return dialect;
}

/** --as-of as a day number, or undefined for the project's as-of date. */
export function optionalAsOfDay(values: Parsed['values']): number | undefined {
  const iso = values['as-of'];
  if (iso === undefined) return undefined;
  try {
    return isoToDay(String(iso));
  } catch {
    throw new UsageError(say('usage.asOfDate', { value: String(iso) }));
  }
}
