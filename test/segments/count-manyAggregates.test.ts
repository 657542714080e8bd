/**
 * A rule with more orders and events aggregates than the per-connection cache keeps (16) still
 * counts: the tables the query refers to are not dropped while it is compiled (they were, and
 * SQLite answered "no such table").
 */
import { expect, it } from 'vitest';
import { memberIds } from '../../electron/core/segments/count.js';
import type { Rule } from '../../shared/model/rules.js';
import { emptyProject } from '../events/support.js';
import { fixture, importFile } from '../support/session.js';

it('counts a rule of 20 different orders conditions', async () => {
  const { session, db } = emptyProject();
  await importFile(session, fixture('events/orders-seasons.csv'));
  const conditions: Rule[] = Array.from({ length: 20 }, (_, i) => ({
    orders: { within_last_days: 1000 + i },
    measure: 'count',
    op: '>=',
    value: 1,
  }));
  expect(memberIds(db, { and: conditions })).toEqual([1, 2, 3, 4]);
});
