/**
 * One row of an events file to the values of an events row, or the reason it is rejected
 * (with the column at fault), for the layout recognised from the header.
 */
import { parseNumber } from '../values/number.js';
import { eventSeconds } from './eventTime.js';
import { normaliseEventType } from './eventTypes.js';
import type { EventColumn, EventsLayout } from './layouts.js';

export const EVENT_COLUMNS: readonly EventColumn[] = [
  'session',
  'product',
  'category',
  'price',
  'device',
  'source',
  'medium',
  'page',
];

export interface EventValues {
  customerKey: string;
  ts: number;
  type: string;
  typeOriginal: string;
  /** In EVENT_COLUMNS order; price a number, the others text. */
  optional: Array<string | number | null>;
}

export interface EventReject {
  reason: 'missing customer id' | 'invalid date' | 'missing event type' | 'invalid number';
  column: string | null;
  value: string | null;
}

export function convertEventRow(row: readonly string[], layout: EventsLayout): EventValues | EventReject {
  const cell = (i: number): string => (row[i] ?? '').trim();
  const first = (indexes: readonly number[]): number => indexes.find((i) => cell(i) !== '') ?? -1;
  const header = (i: number): string | null => layout.headers[i] ?? null;

  const customerAt = first(layout.customer);
  if (customerAt < 0) return { reason: 'missing customer id', column: header(layout.customer[0] ?? -1), value: null };
  const timeAt = layout.time.find(([i]) => cell(i) !== '');
  if (!timeAt) return { reason: 'invalid date', column: header(layout.time[0]?.[0] ?? -1), value: null };
  const ts = eventSeconds(cell(timeAt[0]), timeAt[1]);
  if (!Number.isFinite(ts)) return { reason: 'invalid date', column: header(timeAt[0]), value: cell(timeAt[0]) };
  const typeOriginal = cell(layout.type);
  if (typeOriginal === '') return { reason: 'missing event type', column: header(layout.type), value: null };

  const optional: Array<string | number | null> = [];
  for (const column of EVENT_COLUMNS) {
    const at = first(layout.columns[column]);
    if (at < 0) {
      optional.push(null);
      continue;
    }
    if (column !== 'price') {
      optional.push(cell(at));
      continue;
    }
    const price = parseNumber(cell(at), '.');
    if (Number.isNaN(price)) return { reason: 'invalid number', column: header(at), value: cell(at) };
    optional.push(price);
  }
  return {
    customerKey: cell(customerAt),
    ts,
    type: normaliseEventType(typeOriginal),
    typeOriginal,
    optional,
  };
}

export function isReject(value: EventValues | EventReject): value is EventReject {
  return 'reason' in value;
}
