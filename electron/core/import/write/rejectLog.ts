/** Rows an import could not use: counted by reason, the first examples kept for the report, all saved. */
import type { Delimiter, ImportReport, RejectExample, RejectReason } from '../../../../shared/model/import.js';
import { BatchInsert } from '../../db/batchInsert.js';
import type { Db } from '../../db/projectFile.js';
import type { Rejection } from '../parse/rowConverter.js';

const EXAMPLES_PER_REASON = 5;

/** One rejected row; plain data, so the log can be sent from the parsing thread to the writing one. */
export interface RejectEntry {
  line: number;
  reason: RejectReason;
  column: string | null;
  value: string | null;
  raw: string;
}

export class RejectLog {
  private readonly entries: RejectEntry[] = [];
  private readonly counts = new Map<RejectReason, { count: number; examples: RejectExample[] }>();

  static fromEntries(entries: readonly RejectEntry[]): RejectLog {
    const log = new RejectLog();
    for (const entry of entries) log.addEntry(entry);
    return log;
  }

  get total(): number {
    return this.entries.length;
  }

  add(line: number, rejection: Rejection, row: string[], delimiter: Delimiter): void {
    this.addEntry({ line, ...rejection, raw: row.join(delimiter) });
  }

  /** Every entry, in the order they were added. */
  all(): readonly RejectEntry[] {
    return this.entries;
  }

  firstReason(): RejectReason | null {
    return this.entries[0]?.reason ?? null;
  }

  /** Reasons, most frequent first. */
  summary(): ImportReport['rejected'] {
    return [...this.counts.entries()]
      .map(([reason, b]) => ({ reason, count: b.count, examples: b.examples }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  }

  save(db: Db, datasetId: number): void {
    const insert = new BatchInsert(
      db,
      'INSERT INTO import_rejects (dataset_id, line, reason, column_name, value, raw)',
      6,
    );
    for (const e of this.entries) {
      insert.add(datasetId);
      insert.add(e.line);
      insert.add(e.reason);
      insert.add(e.column);
      insert.add(e.value);
      insert.add(e.raw);
      insert.endRow();
    }
    insert.flush();
  }

  private addEntry(entry: RejectEntry): void {
    this.entries.push(entry);
    let bucket = this.counts.get(entry.reason);
    if (!bucket) {
      bucket = { count: 0, examples: [] };
      this.counts.set(entry.reason, bucket);
    }
    bucket.count += 1;
    if (bucket.examples.length < EXAMPLES_PER_REASON) {
      bucket.examples.push({ line: entry.line, column: entry.column, value: entry.value });
    }
  }
}
