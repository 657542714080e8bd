/** Test projects for the segment engine: files imported for real, with column types and roles fixed by the test. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { type Db, openProjectFile } from '../../electron/core/db/projectFile.js';
import { previewFile } from '../../electron/core/import/preview.js';
import type { Session } from '../../electron/core/session.js';
import type { ImportReport } from '../../shared/model/import.js';
import type { ColumnType, Role, SingleFileKind } from '../../shared/model/roles.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixture, newSession, tempDir } from '../support/session.js';

export interface ColumnSpec {
  type: ColumnType;
  role?: Role;
}

/** Imports a file with the given kind and, per header, the column's type and role (other columns: no role). */
export async function importTyped(
  session: Session,
  file: string,
  kind: SingleFileKind,
  columns: Record<string, ColumnSpec>,
  replace = false,
): Promise<ImportReport> {
  const project = session.requireProject();
  const preview = await previewFile(file, { kind, dateOrder: 'ymd', delimiter: ',', encoding: 'utf-8' });
  const options = {
    ...preview.options,
    kind,
    columns: preview.options.columns.map((c) => {
      const spec = columns[c.header];
      if (!spec) throw new Error(`No spec for column "${c.header}" of ${file}`);
      return { ...c, type: spec.type, role: spec.role ?? null, include: true };
    }),
  };
  return session.imports.run({
    jobId: randomUUID(),
    projectPath: project.path,
    filePath: file,
    options,
    replace,
    onProgress: () => {},
  });
}

export const SMALL_CUSTOMER_COLUMNS: Record<string, ColumnSpec> = {
  customer_id: { type: 'identifier', role: 'customer_id' },
  'Full name': { type: 'text' },
  country: { type: 'category', role: 'country' },
  age: { type: 'number' },
  signup: { type: 'date' },
  vip: { type: 'boolean' },
  score: { type: 'number' },
};

export const SMALL_ORDER_COLUMNS: Record<string, ColumnSpec> = {
  order_id: { type: 'identifier', role: 'order_id' },
  customer_id: { type: 'identifier', role: 'customer_id' },
  order_date: { type: 'date', role: 'order_date' },
  product: { type: 'text', role: 'product' },
  category: { type: 'category', role: 'category' },
  channel: { type: 'category', role: 'channel' },
  quantity: { type: 'number', role: 'quantity' },
  unit_price: { type: 'number', role: 'unit_price' },
};

/** The hand-made project of test/fixtures/segments (8 customers in the customers file, 10 in all). */
export async function smallProject(): Promise<Session> {
  const dir = tempDir();
  const session = newSession(dir);
  session.create(path.join(dir, 'segments.segwb'));
  await importTyped(session, fixture('segments/customers.csv'), 'customers', SMALL_CUSTOMER_COLUMNS);
  await importTyped(session, fixture('segments/orders.csv'), 'orders', SMALL_ORDER_COLUMNS);
  return session;
}

/** Saves a segment straight into the table (the store's API is not what is under test here). */
export function insertSegment(session: Session, name: string, rule: Rule): number {
  const now = new Date().toISOString();
  const result = session
    .requireProject()
    .db.prepare('INSERT INTO segments (name, rule, created_at, updated_at) VALUES (?, ?, ?, ?)')
    .run(name, JSON.stringify(rule), now, now);
  return Number(result.lastInsertRowid);
}

export interface SmallProjectEachTest {
  session: Session;
  db: Db;
  /** Another connection to the project file, closed after the test. */
  reopen(): Db;
}

/** smallProject made anew before each test of the calling file. */
export function smallProjectEachTest(): SmallProjectEachTest {
  const opened: Db[] = [];
  const project = {
    reopen(): Db {
      const other = openProjectFile(project.session.requireProject().path);
      opened.push(other);
      return other;
    },
  } as SmallProjectEachTest;
  beforeEach(async () => {
    project.session = await smallProject();
    project.db = project.session.requireProject().db;
  });
  afterEach(() => {
    for (const other of opened.splice(0)) other.close();
  });
  return project;
}
