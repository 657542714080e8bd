/**
 * segwb import FILE --kind events --project P: reads an events file (REES46, GA4 or Matomo
 * layout) into the project in one transaction, as an import of linked files reads its events file
 * (set/setEvents.ts): the file is recorded as a dataset of kind events, with its rejected rows, and
 * the metrics take in the customers known only from events. Events already there are replaced only
 * with --replace.
 */
import path from 'node:path';
import { WorkbenchError } from '../../shared/errors.js';
import { worded } from '../../shared/errorWording.js';
import { keepBeforeImport } from '../core/datasets/history.js';
import { runInTransaction } from '../core/db/transaction.js';
import type { EventsImportResult } from '../core/import/events/importEvents.js';
import { previewFile } from '../core/import/preview.js';
import type { PlannedFile } from '../core/import/set/planSet.js';
import { readSetEvents, saveEventsDataset } from '../core/import/set/setEvents.js';
import { limitMetricsToAsOf } from '../core/metrics/asOf.js';
import { refreshMetrics } from '../core/metrics/store.js';
import { needsAnswer } from './importAnswer.js';
import { cliEngine, openProject } from './session.js';
import { num, say } from './words/say.js';

export async function importEventsCommand(
  file: string,
  project: string,
  json: boolean,
  replace: boolean,
  /** A table copied from a database: its name in the report (shown) and the dataset (recorded). */
  named?: { shown: string; recorded: string },
): Promise<number> {
  const engine = cliEngine();
  const filePath = path.resolve(file);
  try {
    const file: PlannedFile = {
      name: named?.recorded ?? path.basename(filePath),
      path: filePath,
      kind: 'events',
      kindReason: 'Chosen by you.',
      kindChosen: true,
      preview: await previewFile(filePath),
    };
    await openProject(engine, project, true);
    const db = engine.session.requireProject().db;
    let result: EventsImportResult;
    try {
      const existing = db.prepare('SELECT 1 FROM events LIMIT 1').get();
      if (existing && !replace) {
        needsAnswer(
          new WorkbenchError('NEEDS_CONFIRMATION', 'This project already has events.', {
            kind: 'events',
            ...worded('already_has_events'),
          }),
        );
      }
      result = await runInTransaction(db, async () => {
        // Kept for "undo import" like every import; the events table is rebuilt whole, so it is moved.
        keepBeforeImport(db, [{ file: file.name, kind: 'events' }], ['events']);
        db.prepare("DELETE FROM datasets WHERE kind = 'events'").run();
        const read = await readSetEvents(db, file, () => false);
        saveEventsDataset(db, file, read, null);
        refreshMetrics(db, null);
        limitMetricsToAsOf(db);
        return read;
      });
    } catch (error) {
      // A project created just for this import must not outlive it.
      engine.session.discardProvisional();
      throw error;
    }
    engine.session.keepProvisional();
    const customers = db.prepare('SELECT COUNT(*) FROM customers').pluck().get() as number;
    const report = eventsReportJson(named?.shown ?? path.basename(filePath), result, customers);
    if (json) console.log(JSON.stringify(report, null, 2));
    else printEventsReport(report);
    return 0;
  } finally {
    engine.close();
  }
}

/** The JSON report of an events import (the import report's keys, plus the layout). */
export function eventsReportJson(file: string, r: EventsImportResult, customers: number) {
  const examples: Record<string, Array<{ row: number; column: string | null; value: string | null }>> = {};
  for (const reject of r.rejects) {
    const list = examples[reject.reason] ?? [];
    examples[reject.reason] = list;
    if (list.length < 5) list.push({ row: reject.row, column: reject.column, value: reject.value });
  }
  return {
    file,
    kind: 'events' as const,
    layout: r.layout,
    rows_read: r.rows_read,
    rows_imported: r.rows_imported,
    rows_rejected: r.rows_rejected,
    rejected_by_reason: r.rejected_by_reason,
    rejected_examples: examples,
    customers,
  };
}

function printEventsReport(r: ReturnType<typeof eventsReportJson>): void {
  const labels = ['rowsRead', 'rowsImported', 'rowsRejected', 'customers'] as const;
  const width = Math.max(15, ...labels.map((l) => say(`import.${l}`).length + 2));
  const line = (label: (typeof labels)[number], value: number) =>
    console.log(`  ${say(`import.${label}`).padEnd(width)}${num(value)}`);
  console.log(say('more.importedEvents', { file: r.file, layout: r.layout }));
  line('rowsRead', r.rows_read);
  line('rowsImported', r.rows_imported);
  line('rowsRejected', r.rows_rejected);
  for (const [reason, count] of Object.entries(r.rejected_by_reason)) {
    const first = r.rejected_examples[reason]?.[0];
    const where = first
      ? `${say('more.firstRow', { row: first.row })}${first.column ? say('import.column', { column: first.column }) : ''}${say('import.close')}`
      : '';
    console.log(`    ${reason.padEnd(22)} ${num(count)}${where}`);
  }
  line('customers', r.customers);
}
