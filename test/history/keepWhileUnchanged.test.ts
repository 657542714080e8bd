import { afterEach, describe, expect, it } from 'vitest';
import { readColumn, writeColumns } from '../../electron/core/columnCache/columnStore.js';
import { customerBase } from '../../electron/core/columnCache/customerBase.js';
import { type Db, openProjectFile } from '../../electron/core/db/projectFile.js';
import { keepWhileUnchanged } from '../../electron/core/history/keepWhileUnchanged.js';
import { writeAsOf } from '../../electron/core/metrics/asOf.js';
import type { Session } from '../../electron/core/session.js';
import { fixtureProject } from '../segments/store-fixture.js';

let session: Session | null = null;
let other: Db | null = null;
afterEach(() => {
  other?.close();
  other = null;
  session?.close();
  session = null;
});

/** The shop's connection (the app's) and one of its own (the snapshot's worker). */
async function twoConnections(): Promise<{ app: Db; worker: Db }> {
  session = (await fixtureProject()).session;
  const app = session.requireProject().db;
  other = openProjectFile(session.requireProject().path);
  return { app, worker: other };
}

/** Reads the customers' base, lets `meanwhile` run, then keeps the base as read. */
function keepBase(worker: Db, meanwhile: () => void): boolean {
  return keepWhileUnchanged(worker, () => {
    const { toStore } = customerBase(worker);
    meanwhile();
    writeColumns(worker, toStore);
  });
}

describe('entries kept beside the app', () => {
  it('stay when the data did not change meanwhile', async () => {
    const { app, worker } = await twoConnections();
    expect(keepBase(worker, () => {})).toBe(true);
    expect(readColumn(app, 'base/ids')?.length).toBe(8 * 8);
  });

  it('are dropped when the app changed the data meanwhile: computed before, they are not current', async () => {
    const { app, worker } = await twoConnections();
    const monetaryBefore = customerBase(app).base.monetary;
    expect(keepBase(worker, () => writeAsOf(app, '2024-03-01'))).toBe(false);
    // Tagged with the version read when written, the base would have passed for the new date's.
    expect(readColumn(app, 'base/monetary')).toBeNull();
    expect(readColumn(worker, 'base/monetary')).toBeNull();
    // And it would have been wrong: the new date's revenue is another.
    expect(Array.from(monetaryBefore)).toEqual([150, 20, 325, 80, 5, 40, -30, 0]);
    expect(Array.from(customerBase(app).base.monetary)).toEqual([100, 20, 0, 80, 0, 40, 0, 0]);
  });
});
