/**
 * An events file in an import of linked files: the REES46 sample alone, and orders + events as one
 * all-or-nothing import that asks before replacing and can be undone. The expected figures are
 * counted here straight from the CSV.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listHistory, undoLastImport } from '../../../electron/core/datasets/history.js';
import { createProjectFile, openProjectFile } from '../../../electron/core/db/projectFile.js';
import { planSet, setPreview } from '../../../electron/core/import/set/planSet.js';
import { runImportSet } from '../../../electron/core/import/set/runSet.js';
import { fixture, sharedData, tempDir } from '../../support/session.js';

const REES46 = sharedData('events/2019-Oct-sample.csv');
const rees46Rows = (): Array<Record<string, string>> =>
  Papa.parse<Record<string, string>>(fs.readFileSync(REES46, 'utf8'), { header: true, skipEmptyLines: true }).data;

function newProject(): string {
  const project = path.join(tempDir(), 'events.segwb');
  createProjectFile(project, 'test').close();
  return project;
}

const run = (projectPath: string, paths: string[], replace = false) =>
  runImportSet({ projectPath, paths, replace, isCancelled: () => false });

function countIn(project: string, sql: string): number {
  const db = openProjectFile(project);
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('an events file in an import of linked files', () => {
  it('is recognised by its header, with its layout and customer column, and nothing refused', async () => {
    const preview = setPreview(await planSet([REES46]));
    expect(preview.refusals).toEqual([]);
    expect(preview.links).toEqual([]);
    const file = preview.files[0];
    expect(file?.kind).toEqual({
      value: 'events',
      chosen: false,
      reason:
        'Events in the REES46 layout: one row per event, with "event_time", "event_type" and the user in "user_id".',
      wording: {
        key: 'kind_events',
        values: { layout: 'REES46', time: 'event_time', type: 'event_type', user: 'user_id' },
      },
    });
    expect(file?.events).toEqual({ layout: 'rees46', customerColumns: ['user_id'] });
  });

  it('imports the REES46 sample alone: every row, every user a customer', async () => {
    const rows = rees46Rows();
    const users = new Set(rows.map((r) => r.user_id));
    const project = newProject();
    const report = await run(project, [REES46]);
    expect(report.files).toEqual([
      {
        datasetId: 1,
        file: '2019-Oct-sample.csv',
        kind: 'events',
        rowsRead: rows.length,
        rowsImported: rows.length,
        rowsRejected: 0,
        rejected: [],
        events: { layout: 'rees46', customersMatched: 0, customersAdded: users.size },
      },
    ]);
    expect(rows.length).toBe(1000);
    expect(users.size).toBe(330);
    expect(report.customers).toBe(330);
    expect(report.orders).toBe(0);
    expect(countIn(project, 'SELECT COUNT(*) FROM events')).toBe(1000);
    expect(countIn(project, "SELECT COUNT(*) FROM datasets WHERE kind = 'events'")).toBe(1);
  });

  it('takes orders + events as one import: event users that placed orders are those customers', async () => {
    const orders = fixture('events/orders-six-users.csv');
    const events = fixture('events/six-users.csv');
    const orderUsers = new Set(
      Papa.parse<Record<string, string>>(fs.readFileSync(orders, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data.map((r) => r.customer_id),
    );
    const eventRows = Papa.parse<Record<string, string>>(fs.readFileSync(events, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const eventUsers = new Set(eventRows.map((r) => r.user_id));
    const matched = [...eventUsers].filter((u) => orderUsers.has(u)).length;
    const project = newProject();
    const report = await run(project, [orders, events]);
    expect(report.files.map((f) => [f.file, f.kind, f.rowsImported])).toEqual([
      ['orders-six-users.csv', 'orders', 4],
      ['six-users.csv', 'events', eventRows.length],
    ]);
    expect(report.files[1]?.events).toEqual({
      layout: 'rees46',
      customersMatched: matched,
      customersAdded: eventUsers.size - matched,
    });
    expect(report.customers).toBe(new Set([...orderUsers, ...eventUsers]).size);
    // One import, one history entry; both files share one import set.
    expect(countIn(project, 'SELECT COUNT(DISTINCT import_set) FROM datasets')).toBe(1);
  });

  it('asks before replacing events, replaces them when told, and Undo import puts the first ones back', async () => {
    const project = newProject();
    await run(project, [REES46]);
    await expect(run(project, [fixture('events/six-users.csv')])).rejects.toMatchObject({
      code: 'NEEDS_CONFIRMATION',
      message: 'This project already has events from 2019-Oct-sample.csv.',
    });
    expect(countIn(project, 'SELECT COUNT(*) FROM events')).toBe(1000);
    const second = await run(project, [fixture('events/six-users.csv')], true);
    expect(countIn(project, 'SELECT COUNT(*) FROM events')).toBe(second.files[0]?.rowsImported);
    const db = openProjectFile(project);
    try {
      expect(listHistory(db).map((h) => h.label)).toEqual(['six-users.csv (events)', '2019-Oct-sample.csv (events)']);
      undoLastImport(db);
      expect(db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(1000);
      expect(db.prepare('SELECT COUNT(*) FROM customers').pluck().get()).toBe(330);
      expect(db.prepare('SELECT file_name FROM datasets').pluck().all()).toEqual(['2019-Oct-sample.csv']);
    } finally {
      db.close();
    }
  });

  it('refuses a file chosen as events whose header is no events layout, naming the layouts', async () => {
    const orders = fixture('events/orders-six-users.csv');
    const plan = await planSet([orders], { kinds: { [orders]: 'events' } });
    expect(plan.refusals).toEqual([
      'orders-six-users.csv was chosen as events, but its header names none of the events layouts read (REES46: event_time, event_type, user_id; GA4: event_timestamp, event_name, user_pseudo_id; Matomo: visitorId, type). Choose another kind, or rename its columns.',
    ]);
    // The app words it in the user's language from its key.
    expect(plan.refusalWordings).toEqual([{ key: 'not_events_layout', values: { name: 'orders-six-users.csv' } }]);
  });
});
