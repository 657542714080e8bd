import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/core/engine.js';
import { exportSegmentCsv, MAILCHIMP_HEADERS } from '../../electron/core/segments/export.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import { importFile, newSession, tempDir } from '../support/session.js';
import { fixtureProject, storeFixture } from './store-fixture.js';

describe('segment export, Mailchimp layout', () => {
  it('writes exactly Email Address, First Name, Last Name, Tags and leaves out members without an email', async () => {
    const { session, dir } = await fixtureProject();
    const db = session.requireProject().db;
    const segment = saveSegment(db, { name: '=Everyone, really', rule: { and: [] } });
    const file = path.join(dir, 'mailchimp.csv');
    expect(exportSegmentCsv(db, segment.id, file, { layout: 'mailchimp', bom: false })).toEqual({
      rows: 6,
      skipped: 2, // c3 and c7 have no email address
    });
    expect(MAILCHIMP_HEADERS).toEqual(['Email Address', 'First Name', 'Last Name', 'Tags']);
    const tag = "'=Everyone, really";
    expect(Papa.parse<string[]>(fs.readFileSync(file, 'utf8').trimEnd()).data).toEqual([
      ['Email Address', 'First Name', 'Last Name', 'Tags'],
      ['ann@example.com', 'Ann', 'Smith', tag],
      ['bob@example.com', 'Bob', 'Jones', tag],
      ['dora@example.com', 'Dora', 'Müller', tag],
      ['eve@example.com', "'=Eve", 'Lee', tag],
      ['fay@example.com', 'Fay', "O'Neil, Jr", tag],
      ['hal@example.com', 'Hal', 'Ng', tag],
    ]);
  });

  it('through the contract: rows written, BOM on request', async () => {
    const { session, dir } = await fixtureProject();
    const db = session.requireProject().db;
    const { id } = saveSegment(db, { name: 'Germany', rule: { field: 'country', op: 'in', value: ['DE'] } });
    const file = session.requireProject().path;
    session.close();
    const engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    try {
      await engine.call('project/open', { path: file });
      const out = path.join(dir, 'de.csv');
      expect(await engine.call('segments/export', { id, path: out, layout: 'mailchimp', bom: true })).toEqual({
        ok: true,
        result: { path: out, rows: 1 },
      });
      expect(fs.readFileSync(out, 'utf8')).toBe(
        '\uFEFFEmail Address,First Name,Last Name,Tags\r\ndora@example.com,Dora,Müller,Germany\r\n',
      );
    } finally {
      engine.close();
    }
  });

  it('needs an email field', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'orders.segwb'));
    await importFile(session, storeFixture('orders.csv'), { kind: 'orders', dateOrder: 'ymd' });
    const db = session.requireProject().db;
    const { id } = saveSegment(db, { name: 'All', rule: { and: [] } });
    expect(() => exportSegmentCsv(db, id, path.join(dir, 'x.csv'), { layout: 'mailchimp', bom: false })).toThrow(
      'The Mailchimp layout needs an email field, and this project has none.',
    );
  });
});
