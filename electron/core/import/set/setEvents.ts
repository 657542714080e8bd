/**
 * The events file of a set: recognised from its header (REES46, GA4, Matomo), read by the events
 * importer inside the set's transaction, and recorded as a dataset of kind `events` with the same
 * report as every other file of the set. Its user ids are the customers' ids: a user no other
 * file names becomes a customer known only from events (a visitor).
 */
import { type ErrorWording, worded } from '../../../../shared/errorWording.js';
import type { RejectReason } from '../../../../shared/model/import.js';
import type { EventsFilePreview, SetFileReport } from '../../../../shared/model/importSet.js';
import type { Db } from '../../db/projectFile.js';
import { type EventsImportResult, type EventsRejectedRow, importEventsFile } from '../events/importEvents.js';
import { type EventsLayout, recogniseLayout } from '../events/layouts.js';
import { RejectLog } from '../write/rejectLog.js';
import type { PlannedFile } from './planSet.js';
import type { SetRefusal } from './setRefusals.js';

const LAYOUT_NAMES: Record<EventsLayout['name'], string> = { rees46: 'REES46', ga4: 'GA4', matomo: 'Matomo' };

/** The events layout of a file's header, with the sentence the wizard shows as the reason; null when none. */
export function eventsKindGuess(
  headers: readonly string[],
): { reason: string; wording: ErrorWording; events: EventsFilePreview } | null {
  const layout = recogniseLayout(headers);
  if (!layout) return null;
  const events = eventsFilePreview(layout);
  const type = layout.headers[layout.type] ?? '';
  const time = layout.headers[layout.time[0]?.[0] ?? -1] ?? '';
  return {
    reason: `Events in the ${LAYOUT_NAMES[layout.name]} layout: one row per event, with "${time}", "${type}" and the user in "${events.customerColumns.join('" or "')}".`,
    ...eventsWording(LAYOUT_NAMES[layout.name], time, type, events.customerColumns),
    events,
  };
}

/** The reason's wording: the user is named by one column, or by a first and a second choice (GA4). */
function eventsWording(
  layout: string,
  time: string,
  type: string,
  users: readonly string[],
): { wording: ErrorWording } {
  const [user = '', other] = users;
  return other === undefined
    ? worded('kind_events', { layout, time, type, user })
    : worded('kind_events_two_users', { layout, time, type, user, other });
}

export function eventsFilePreview(layout: EventsLayout): EventsFilePreview {
  return { layout: layout.name, customerColumns: layout.customer.map((i) => layout.headers[i] ?? '') };
}

/** The refusal for a file the user called events whose header is no events layout's. */
export function notEventsRefusal(file: PlannedFile): SetRefusal | null {
  if (file.kind !== 'events' || recogniseLayout(file.preview.headers)) return null;
  return {
    text: `${file.name} was chosen as events, but its header names none of the events layouts read (REES46: event_time, event_type, user_id; GA4: event_timestamp, event_name, user_pseudo_id; Matomo: visitorId, type). Choose another kind, or rename its columns.`,
    wording: worded('not_events_layout', { name: file.name }).wording,
  };
}

/** Why an event row was rejected, in the reasons every import report uses. */
const REASONS: Record<EventsRejectedRow['reason'], RejectReason> = {
  'missing customer id': 'missing_customer_id',
  'invalid date': 'bad_date',
  'missing event type': 'missing_event_type',
  'invalid number': 'bad_number',
};

/** Reads the events file into the (already emptied) events table, in the caller's transaction. */
export function readSetEvents(db: Db, file: PlannedFile, isCancelled: () => boolean): Promise<EventsImportResult> {
  return importEventsFile(db, file.path, { replace: true, encoding: file.preview.options.encoding, isCancelled });
}

/**
 * Records the events file's dataset and its rejected rows, and returns its report. `importSet`: the
 * id the set's other datasets share, or null when the events file came alone.
 */
export function saveEventsDataset(
  db: Db,
  file: PlannedFile,
  result: EventsImportResult,
  importSet: number | null,
): SetFileReport {
  const log = RejectLog.fromEntries(
    result.rejects.map((r) => ({ line: r.row, reason: REASONS[r.reason], column: r.column, value: r.value, raw: '' })),
  );
  const options = JSON.stringify({ ...file.preview.options, kind: 'events', layout: result.layout });
  const id = Number(
    db
      .prepare(
        `INSERT INTO datasets (kind, file_name, file_size, sha256, imported_at, rows_read, rows_imported, rows_rejected,
           options, report, import_set) VALUES ('events', ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`,
      )
      .run(
        file.name,
        result.bytes,
        result.sha256,
        new Date().toISOString(),
        result.rows_read,
        result.rows_imported,
        result.rows_rejected,
        options,
        importSet,
      ).lastInsertRowid,
  );
  if (importSet === null) db.prepare('UPDATE datasets SET import_set = ? WHERE id = ?').run(id, id);
  log.save(db, id);
  const rejected = log.summary();
  // Only the first 1,000 rejected rows are kept with their place; the counts are the file's own.
  for (const entry of rejected) {
    const reason = Object.entries(REASONS).find(([, r]) => r === entry.reason)?.[0] as EventsRejectedRow['reason'];
    entry.count = result.rejected_by_reason[reason] ?? entry.count;
  }
  const users = db.prepare('SELECT COUNT(DISTINCT customer) FROM events').pluck().get() as number;
  const report: SetFileReport = {
    datasetId: id,
    file: file.name,
    kind: 'events',
    rowsRead: result.rows_read,
    rowsImported: result.rows_imported,
    rowsRejected: result.rows_rejected,
    rejected,
    events: {
      layout: result.layout,
      customersMatched: users - result.customers_added,
      customersAdded: result.customers_added,
    },
  };
  db.prepare('UPDATE datasets SET report = ? WHERE id = ?').run(JSON.stringify(report), id);
  return report;
}
