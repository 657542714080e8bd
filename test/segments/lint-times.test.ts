/** The linter warns when "between hours" is asked of order or event times that are all midnight. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRule } from '../../electron/core/segments/lint.js';
import type { Rule } from '../../shared/model/rules.js';
import { emptyProject, importEvents } from '../events/support.js';
import { fixture, importFile, tempDir } from '../support/session.js';

const hoursOfOrders: Rule = {
  and: [
    { field: 'frequency', op: '>=', value: 1 },
    {
      orders: { where: { field: 'order_date', op: 'hour_between', value: [9, 12] } },
      measure: 'count',
      op: '>=',
      value: 1,
    },
  ],
};
const hoursOfEvents: Rule = {
  events: { where: { field: 'event_time', op: 'hour_between', value: [21, 23] } },
  measure: 'count',
  op: '>=',
  value: 1,
};
const noTimes = (db: Parameters<typeof lintRule>[0], rule: Rule) =>
  lintRule(db, rule, { minSize: 0 }).filter((w) => w.code === 'no_times');

describe('hour_between on data without times of day', () => {
  it('warns, with the path of the orders condition, when every order date is midnight', async () => {
    const project = emptyProject();
    const file = path.join(tempDir(), 'dates-only.csv');
    fs.writeFileSync(file, 'order_id,customer_id,order_date,amount\nO1,a,2024-01-05,10\nO2,b,2024-01-06,20\n');
    await importFile(project.session, file, { kind: 'orders', dateOrder: 'ymd' });
    expect(noTimes(project.db, hoursOfOrders)).toEqual([
      {
        code: 'no_times',
        path: '1',
        message:
          'Every order time in "order_date" is midnight: the data has dates but no times of day, so "between hours" cannot tell the hours apart. Use the weekday or the month instead, or import a file with times.',
        reason: 'orderTimes',
        values: { field: 'order_date' },
      },
    ]);
    // Under a NOT, too; month and weekday need no time.
    expect(noTimes(project.db, { not: hoursOfOrders }).map((w) => w.path)).toEqual(['0.1']);
    const months: Rule = {
      orders: { where: { field: 'order_date', op: 'month_in', value: [1] } },
      measure: 'count',
      op: '>=',
      value: 1,
    };
    expect(noTimes(project.db, months)).toEqual([]);
  });

  it('says nothing when the orders and events have times', async () => {
    const project = emptyProject();
    await importFile(project.session, fixture('events/orders-six-users.csv'), { kind: 'orders', dateOrder: 'ymd' });
    await importEvents(project.db, fixture('events/six-users.csv'));
    expect(noTimes(project.db, hoursOfOrders)).toEqual([]);
    expect(noTimes(project.db, hoursOfEvents)).toEqual([]);
  });

  it('warns on events at midnight', async () => {
    const { db } = emptyProject();
    const file = path.join(tempDir(), 'midnight-events.csv');
    fs.writeFileSync(
      file,
      'event_time,event_type,product_id,category_id,category_code,brand,price,user_id,user_session\n2024-03-01 00:00:00 UTC,view,p1,1,shoes,acme,5,u1,s1\n2024-03-02 00:00:00 UTC,view,p1,1,shoes,acme,5,u2,s2\n',
    );
    await importEvents(db, file);
    expect(noTimes(db, hoursOfEvents).map((w) => [w.path, w.message.slice(0, 42)])).toEqual([
      ['', 'Every event time in "event_time" is midnig'],
    ]);
  });
});
