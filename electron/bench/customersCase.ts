/**
 * Data view benchmark (issue 7: a search's first page <= 150 ms at 100k customers, later pages
 * <= 20 ms): a demo shop of N customers (~10 order lines each) imported through the real path,
 * or an existing project, then pages of 100 customers timed over many searches:
 *   first: the first page of a new search, with the list of the sort already shown (the view
 *          shows it before the user types), for words from one letter to a customer id;
 *   later: the pages after it (offsets 100..500), as while the user scrolls;
 *   cold:  the first search after the data changed (caches cleared: the list of the sort and the
 *          customers' search texts are built again);
 * for three sorts: by customer id, by a metric, by a text attribute.
 *   node dist/electron/bench/customersCase.js [--customers 100000] [--runs 3] [--project file.segwb]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { customersPage } from '../core/customers/page.js';
import type { CustomerQuery } from '../core/customers/query.js';
import { DataCache } from '../core/db/dataCache.js';
import { type Db, openProjectFile } from '../core/db/projectFile.js';
import { createDemoProject } from '../core/demo/demoProject.js';
import { Session } from '../core/session.js';
import { percentile, timeIt } from './stats.js';

/** From one letter (nearly everyone) to one customer, and nobody; prefixes as a user types them. */
const WORDS = [
  'a',
  'an',
  'ma',
  's',
  'sm',
  'smi',
  'smith',
  'lon',
  'london',
  'united',
  'spain',
  'ali',
  'garcía',
  'example.org',
  'pets',
  'b2b',
  '+44',
  'c000123',
  'c0999',
  'zzzz',
];
const SORTS: Array<{ name: string; sort: CustomerQuery['sort'] }> = [
  { name: 'customer id', sort: undefined },
  { name: 'monetary desc', sort: { key: 'monetary', dir: 'desc' } },
  { name: 'last name', sort: { key: 'last_name', dir: 'asc' } },
];
const PAGE = 100;

interface Timing {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface CustomersCaseResult {
  customers: number;
  importS: number | null;
  searchesPerSort: number;
  sorts: Array<{ name: string; listMs: number; first: Timing; later: Timing; cold: Timing }>;
  first: Timing;
  later: Timing;
}

async function measureSort(db: Db, sort: CustomerQuery['sort'], runs: number) {
  const cache = DataCache.of(db);
  const cold: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    cache.clear();
    cold.push(await ms(() => customersPage(db, 0, PAGE, { search: WORDS[i % WORDS.length], sort })));
  }
  const first: number[] = [];
  const later: number[] = [];
  const list: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // Each run starts from no cached list, as after an import; then the view shows the list of the
    // sort before the user types, and the search texts are built once (untimed: that is "cold").
    cache.clear();
    list.push(await ms(() => customersPage(db, 0, PAGE, { sort })));
    customersPage(db, 0, PAGE, { search: 'nothing like this', sort });
    for (const search of WORDS) {
      first.push(await ms(() => customersPage(db, 0, PAGE, { search, sort })));
      for (let offset = PAGE; offset <= 5 * PAGE; offset += PAGE)
        later.push(await ms(() => customersPage(db, offset, PAGE, { search, sort })));
    }
  }
  return { listMs: round(percentile(list, 50)), first, later, cold };
}

function timing(samples: number[]): Timing {
  return {
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(Math.max(...samples)),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      runs: { type: 'string' },
      project: { type: 'string' },
    },
  });
  const runs = Number(values.runs ?? 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-customers-'));
  try {
    let db: Db;
    let importS: number | null = null;
    let session: Session | null = null;
    if (values.project) {
      db = openProjectFile(values.project);
    } else {
      session = new Session({ mode: 'cli', appVersion: 'bench', projectsDir: dir, stateDir: dir });
      const customers = Number(values.customers ?? 100_000);
      const imported = await timeIt(() =>
        createDemoProject(session as Session, { path: path.join(dir, 'bench.segwb'), customers }),
      );
      db = imported.value.project.db;
      importS = round(imported.seconds);
    }
    const customers = Number(db.prepare('SELECT COUNT(*) FROM customers').pluck().get());
    const sorts: CustomersCaseResult['sorts'] = [];
    const allFirst: number[] = [];
    const allLater: number[] = [];
    for (const { name, sort } of SORTS) {
      const m = await measureSort(db, sort, runs);
      allFirst.push(...m.first);
      allLater.push(...m.later);
      sorts.push({ name, listMs: m.listMs, first: timing(m.first), later: timing(m.later), cold: timing(m.cold) });
    }
    if (session) session.close();
    else db.close();
    const result: CustomersCaseResult = {
      customers,
      importS,
      searchesPerSort: WORDS.length * runs,
      sorts,
      first: timing(allFirst),
      later: timing(allLater),
    };
    printTable(result);
    console.log(JSON.stringify(result));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(r: CustomersCaseResult): void {
  console.log(
    `customers search, ${r.customers.toLocaleString('en')} customers, ${r.searchesPerSort} searches per sort, pages of ${PAGE}`,
  );
  console.log('sort | list ms | first page p50 / p95 / max ms | later pages p50 / p95 / max ms | cold p50 / max ms');
  for (const s of r.sorts) {
    console.log(
      `${s.name} | ${s.listMs} | ${s.first.p50Ms} / ${s.first.p95Ms} / ${s.first.maxMs} | ${s.later.p50Ms} / ${s.later.p95Ms} / ${s.later.maxMs} | ${s.cold.p50Ms} / ${s.cold.maxMs}`,
    );
  }
  console.log(
    `all sorts | | ${r.first.p50Ms} / ${r.first.p95Ms} / ${r.first.maxMs} | ${r.later.p50Ms} / ${r.later.p95Ms} / ${r.later.maxMs} |`,
  );
}

async function ms(fn: () => unknown): Promise<number> {
  return (await timeIt(fn)).seconds * 1000;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

await main();
