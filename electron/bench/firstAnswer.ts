/**
 * One view's first answer in a fresh process, as a user meets it: the process starts, the project
 * is opened, and the view is asked once. Prints one JSON line: the milliseconds of the view (the
 * opening excluded), of the opening, the 1-minute load average, and whether the file already held
 * kept columns (columnCache/columnStore.ts) when it was opened. With --drop, the kept columns are deleted
 * first (in their own open and close), which is the project as an import leaves it. The view `kept`
 * is not a view but the work the snapshot worker does after an import (history/keptAfterImport.ts).
 *   node dist/electron/bench/firstAnswer.js --file F --view compare|overlap|quality|pareto|rfm|champions|kept [--refs 1,2,3] [--drop]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { QUALITY_DEFAULTS, type SegmentRef } from '../../shared/contract/analysis.js';
import { paretoAnalysis } from '../core/analysis/paretoBy.js';
import { segmentQuality } from '../core/analysis/quality.js';
import { compareSegments, overlapSegments } from '../core/analysis/query.js';
import { type Db, openProjectFile } from '../core/db/projectFile.js';
import { keepFirstViewColumns } from '../core/history/keptAfterImport.js';
import { rfmResult } from '../core/rfm/result.js';
import { countRule } from '../core/segments/count.js';
import { timeIt } from './stats.js';

export interface FirstAnswer {
  view: string;
  ms: number;
  openMs: number;
  load1: number;
  /** Entries in the file's column cache when the view was asked. */
  keptBefore: number;
}

const VIEWS: Record<string, (db: Db, refs: SegmentRef[]) => unknown> = {
  compare: (db, refs) => compareSegments(db, refs),
  overlap: (db, refs) => overlapSegments(db, refs.slice(0, 8)),
  quality: (db) => segmentQuality(db, { ...QUALITY_DEFAULTS }),
  pareto: (db, refs) => paretoAnalysis(db, { segment: refs[6] ?? refs[0] }),
  rfm: (db) => rfmResult(db, { customers: { offset: 0, limit: 100 } }),
  champions: (db) => countRule(db, { field: 'rfm_segment', op: 'in', value: ['Champions'] }),
  kept: (db) => keepFirstViewColumns(db),
};

function kept(db: Db): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'column_cache'").get();
  return has ? (db.prepare('SELECT COUNT(*) FROM column_cache').pluck().get() as number) : 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      view: { type: 'string' },
      refs: { type: 'string' },
      drop: { type: 'boolean' },
    },
  });
  const file = values.file as string;
  const view = VIEWS[values.view ?? ''];
  if (!view) throw new Error(`--view is one of ${Object.keys(VIEWS).join(', ')}`);
  if (values.drop) {
    const db = openProjectFile(file);
    if (kept(db) > 0) db.exec('DELETE FROM column_cache');
    db.close();
  }
  const refs: SegmentRef[] = (values.refs ?? '')
    .split(',')
    .filter((s) => s !== '')
    .map((id) => ({ id: Number(id) }));
  const opened = await timeIt(() => openProjectFile(file));
  const db = opened.value;
  const keptBefore = kept(db);
  const load1 = os.loadavg()[0] as number;
  const answered = await timeIt(() => view(db, refs));
  db.close();
  const result: FirstAnswer = {
    view: values.view as string,
    ms: Math.round(answered.seconds * 10000) / 10,
    openMs: Math.round(opened.seconds * 10000) / 10,
    load1: Math.round(load1 * 100) / 100,
    keptBefore,
  };
  console.log(JSON.stringify(result));
}

await main();
