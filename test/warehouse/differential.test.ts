/**
 * Differential test: for 1,000 seeded random rules the project's count (countRule and its
 * members), the reference evaluator, and the portable SQL of each rule run on DuckDB, PostgreSQL
 * and SQLite over the warehouse export all select exactly the same customers, and the RFM scores
 * (three settings) agree too; on the demo shop (seeded, with saved segments and a fixed list) and
 * on Online Retail.csv (all of it, 39,529 lines). The random rules come from the segment property
 * test's generator, without the fields that cannot run on the warehouse tables (clusters,
 * lifetime-value predictions), with the RFM rule fields added. PostgreSQL: see
 * test/support/postgres.ts; when it cannot start, the PostgreSQL part is skipped with one printed
 * line. Reproduce with SEGWB_PROPERTY_SEED=<seed>.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createDemoProject } from '../../electron/core/demo/demoProject.js';
import { startPostgres, type TestPostgres } from '../support/postgres.js';
import { importFile, newSession, sharedData, tempDir } from '../support/session.js';
import { differential } from './differentialCheck.js';

let server: TestPostgres | null = null;
beforeAll(async () => {
  const started = await startPostgres();
  if ('skipped' in started) console.log(`warehouse differential test: PostgreSQL part skipped: ${started.skipped}`);
  else server = started;
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describe('the same customers on every engine', () => {
  it('on the demo shop', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    await createDemoProject(session, { path: path.join(dir, 'demo.segwb'), customers: 400, seed: 3 });
    await differential(session, 'demo', server);
  }, 300_000);

  const retail = sharedData('Online Retail.csv');
  it.runIf(fs.existsSync(retail))(
    'on Online Retail.csv',
    async () => {
      const dir = tempDir();
      const session = newSession(dir);
      session.create(path.join(dir, 'retail.segwb'));
      await importFile(session, retail);
      await differential(session, 'retail', server);
    },
    300_000,
  );
});
