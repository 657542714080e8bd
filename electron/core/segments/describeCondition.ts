/** A condition in words a workshop participant reads ("age > 5", "country is one of DE, FR"), for lint messages. */
import type { Condition } from '../../../shared/model/rules.js';

const WORDS: Partial<Record<Condition['op'], string>> = {
  in: 'is one of',
  not_in: 'is not one of',
  contains: 'contains',
  starts_with: 'starts with',
  equals: 'equals',
  before: 'is before',
  after: 'is after',
  within_last_days: 'is within the last',
  not_within_last_days: 'is not within the last',
  is_true: 'is true',
  is_false: 'is false',
  is_empty: 'is empty',
  not_empty: 'is not empty',
};

export function describeCondition(c: Condition): string {
  const { field, op, value } = c;
  if (op === 'between' && Array.isArray(value)) return `${field} is between ${value[0]} and ${value[1]}`;
  if ((op === 'within_last_days' || op === 'not_within_last_days') && typeof value === 'number')
    return `${field} ${WORDS[op]} ${value} days`;
  const words = WORDS[op] ?? op;
  if (value === undefined) return `${field} ${words}`;
  if (Array.isArray(value)) return `${field} ${words} ${value.length === 0 ? '(nothing)' : value.join(', ')}`;
  return `${field} ${words} ${typeof value === 'string' ? `"${value}"` : value}`;
}
