/**
 * Imports several files as one all-or-nothing import: plan (kinds, links), stage every file,
 * assemble the canonical tables, register fields, refresh metrics and record the datasets and
 * their links, all in ONE transaction on the import's own connection. Any failure rolls back:
 * the project is exactly as before.
 */

import { asWorkbenchError, WorkbenchError } from '../../../../shared/errors.js';
import { worded } from '../../../../shared/errorWording.js';
import type { ImportSetReport, SetChoices, SetLinkPreview, SetLinkReport } from '../../../../shared/model/importSet.js';
import type { DatasetKind } from '../../../../shared/model/roles.js';
import { keepBeforeImport } from '../../datasets/history.js';
import { pruneCustomers } from '../../datasets/pruneCustomers.js';
import { type Db, openProjectFile } from '../../db/projectFile.js';
import { runInTransaction } from '../../db/transaction.js';
import { ensureEventProfiles } from '../../events/profiles.js';
import { limitMetricsToAsOf } from '../../metrics/asOf.js';
import type { CustomerTotalsColumns } from '../../metrics/orderAccumulator.js';
import { rebuildMetricsBefore, refreshMetrics } from '../../metrics/store.js';
import type { RejectEntry } from '../write/rejectLog.js';
import { addLatestValues, assembleCustomers } from './assembleCustomers.js';
import { assembleOrders, type OrderSide, type OrderSideResult } from './assembleOrders.js';
import { type CountedLink, linkReports, saveLinks } from './linkCounts.js';
import { type PlannedFile, planSet, type SetPlan } from './planSet.js';
import { orderSideOf, stagingSpec } from './setAssembly.js';
import { saveDatasets } from './setDatasets.js';
import { readSetEvents, saveEventsDataset } from './setEvents.js';
import { registerFields, registerOrderColumns } from './setFields.js';
import type { StagedRef } from './setLayout.js';
import { type StagedFile, type Staging, startStaging } from './stageFile.js';
import { streamedLink } from './streamedLink.js';
import { canStreamOrders, streamOrders } from './streamOrders.js';
import { unmatchedNotes } from './unmatchedNotes.js';

export interface RunSetInput {
  projectPath: string;
  paths: readonly string[];
  choices?: SetChoices;
  replace: boolean;
  isCancelled(): boolean;
  /** Assemble the orders in SQL even when they could stream (streamOrders.ts): tests compare the two. */
  sqlAssembly?: boolean;
}

/** Kinds whose data is rebuilt together: everything about orders, or the customers file. */
const ORDER_SIDE: readonly DatasetKind[] = ['orders', 'order_lines', 'products', 'payments', 'reviews', 'lookup'];

export async function runImportSet(input: RunSetInput): Promise<ImportSetReport> {
  try {
    return await importSet(input);
  } catch (error) {
    throw asWorkbenchError(error, { project: input.projectPath });
  }
}

async function importSet(input: RunSetInput): Promise<ImportSetReport> {
  const started = Date.now();
  const plan = await planSet(input.paths, input.choices);
  if (plan.refusals.length > 0) {
    throw new WorkbenchError('INVALID_PARAMS', `Nothing was imported: ${plan.refusals.join(' ')}`, {
      refusals: plan.refusals.length,
      ...worded('set_refused', { count: plan.refusals.length }),
    });
  }
  // An events file is not staged: the events importer reads it (importInTransaction).
  const refs: StagedRef[] = plan.files
    .map((file, i) => ({ file, table: `stage_${i}`, alias: aliasOf(file, i) }))
    .filter((ref) => ref.file.kind !== 'events');
  // Every file starts being read now, in parallel; each is inserted in turn, in the transaction.
  // Decided before the files are read: the stage workers then keep no keys of the link the streaming counts.
  const streamed = input.sqlAssembly ? null : streamedLink(plan);
  const stagings = new Map<StagedRef, Staging>(
    refs.map((ref) => [ref, startStaging({ ...stagingSpec(ref, plan, streamed), isCancelled: input.isCancelled })]),
  );
  try {
    const db = openProjectFile(input.projectPath);
    try {
      tuneForSet(db);
      const sides = touchedKinds(plan);
      assertReplaceAllowed(db, sides, input.replace);
      return await runInTransaction(db, () =>
        importInTransaction(db, plan, refs, stagings, sides, { ...input, streamed }, started),
      );
    } finally {
      db.close();
    }
  } finally {
    for (const staging of stagings.values()) staging.dispose();
  }
}

async function importInTransaction(
  db: Db,
  plan: SetPlan,
  refs: readonly StagedRef[],
  stagings: ReadonlyMap<StagedRef, Staging>,
  sides: readonly DatasetKind[],
  input: RunSetInput & { streamed: SetLinkPreview | null },
  started: number,
): Promise<ImportSetReport> {
  // Kept for "undo import"; the canonical tables the set rebuilds whole are moved, not copied.
  keepBeforeImport(
    db,
    plan.files.map((f) => ({ file: f.name, kind: f.kind })),
    [
      ...(sides.includes('orders') ? ['order_lines'] : []),
      ...(sides.includes('customers') ? ['customer_attrs'] : []),
      ...(sides.includes('events') ? ['events'] : []),
    ],
  );
  // The events file is read by the events importer, after the customers and orders are in place.
  const eventsFile = plan.files.find((f) => f.kind === 'events');
  // The orders and lines files stream into the canonical tables when the set allows (streamOrders.ts);
  // every other file is staged first, for the products' and customers' assembly.
  const streamable = refs.filter((r) => r.file.kind === 'orders' || r.file.kind === 'order_lines');
  const staged = new Map<StagedRef, StagedFile>();
  const stage = async (ref: StagedRef) => staged.set(ref, await (stagings.get(ref) as Staging).write(db));
  for (const ref of refs) if (!streamable.includes(ref)) await stage(ref);
  const previous = dropPrevious(db, sides);
  const extra = new Map<StagedRef, RejectEntry[]>(refs.map((r) => [r, []]));
  const addRejects = (ref: StagedRef, entries: readonly RejectEntry[]) => extra.get(ref)?.push(...entries);

  const side = orderSideOf(db, refs, plan);
  for (const [ref, entries] of side.dedupRejects) addRejects(ref, entries);
  if (side.customers) {
    const c = side.customers;
    addRejects(c.ref, assembleCustomers(db, c.ref, c.key, c.extras));
    registerFields(
      db,
      'customers',
      c.extras.map((e, i) => ({ extra: e, column: `c${i + 1}` })),
      true,
    );
  }
  let orders = 0;
  let amountSources = { own: 0, lines: 0, payments: 0, none: 0 };
  let totals: CustomerTotalsColumns | null = null;
  let counted: CountedLink | null = null;
  if (side.orders) {
    let result: OrderSideResult;
    if (input.streamed) {
      // streamedLink asks of the plan what these ask of the assembly: they cannot disagree.
      if (!canStreamOrders(side.orders) || side.latest.length > 0) throw new Error('The set cannot stream its orders.');
      const lines = side.orders.lines?.ref as StagedRef;
      const streamed = await streamOrders(db, side.orders, {
        orders: stagings.get(side.orders.orders) as Staging,
        lines: stagings.get(lines) as Staging,
      });
      for (const [ref, file] of streamed.staged) staged.set(ref, file);
      totals = streamed.totals;
      counted = { link: input.streamed, ...streamed.linesLink };
      result = streamed;
    } else {
      for (const ref of streamable) await stage(ref);
      const found = linesAllFound(plan, side.orders, linkReports(plan, refs, staged));
      result = assembleOrders(db, side.orders, found);
    }
    orders = result.orders;
    amountSources = result.amountSources;
    for (const ref of refs) addRejects(ref, result.rejects.get(ref.table) ?? []);
    registerOrderColumns(db, side.dateHeader, side.amountHeader);
    registerFields(
      db,
      'orders',
      side.orders.extras.map((e, i) => ({ extra: e, column: `c${i + 1}` })),
      false,
    );
    const latest = addLatestValues(db, side.orders.orders.table, side.latest);
    registerFields(
      db,
      'customers',
      side.latest.map((e, i) => ({ extra: e, column: latest[i] as string })),
      false,
    );
  }
  for (const ref of streamable) if (!staged.has(ref)) await stage(ref);
  const links = linkReports(plan, refs, staged, counted);
  if (previous) pruneCustomers(db);
  const events = eventsFile ? await readSetEvents(db, eventsFile, input.isCancelled) : null;
  if (totals) refreshMetrics(db, totals);
  else if (side.orders) rebuildMetricsBefore(db, null);
  else refreshMetrics(db, null);
  limitMetricsToAsOf(db);
  // After the orders' latest day is known: the events were profiled for the as-of date before it,
  // and the profiles' stamp is part of the data's version (see importJob.ts).
  ensureEventProfiles(db);

  const files = saveDatasets(db, refs, staged, extra);
  if (eventsFile && events) {
    const report = saveEventsDataset(db, eventsFile, events, files[0]?.datasetId ?? null);
    files.splice(plan.files.indexOf(eventsFile), 0, report);
  }
  saveLinks(db, plan, links, files);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    files,
    links,
    customers: count('SELECT COUNT(*) AS n FROM customers'),
    orders,
    revenue: count('SELECT ROUND(COALESCE(SUM(amount), 0), 6) AS n FROM order_totals'),
    amountSources,
    ...unmatchedNotes(links, plan),
    durationMs: Date.now() - started,
  };
}

/**
 * Settings of the set's own connection, as the single-file import's (importJob.ts): temp files on
 * disk so that a huge file's sorts do not live in memory, two sorter threads, and no checkpoint
 * in COMMIT (the app's connection does it later; nobody needs to wait for it). The staging tables
 * live in the temp database, whose page cache is separate and only 2 MB by default: every staged
 * page then went out to the temp file and back, join after join. 64 MB holds the hot pages of a
 * million lines (measured: 256 MB was no faster and cost 100 MB more RSS); the rest spills to the file.
 */
function tuneForSet(db: Db): void {
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = FILE');
  db.pragma('temp.cache_size = -65536');
  db.pragma('threads = 2');
  db.pragma('wal_autocheckpoint = 0');
}

/** Whether every order key of the lines file is in the orders file: then no line is left without its order. */
function linesAllFound(plan: SetPlan, side: OrderSide, links: readonly SetLinkReport[]): boolean {
  const lines = side.lines;
  if (!lines) return true;
  const i = plan.links.findIndex((l) => l.from.file === lines.ref.file.name && l.to.file === side.orders.file.name);
  return i >= 0 && links[i]?.unmatched === 0;
}

function aliasOf(file: PlannedFile, i: number): string {
  const fixed: Partial<Record<DatasetKind, string>> = {
    orders: 'o',
    order_lines: 'l',
    products: 'p',
    payments: 'pay',
    reviews: 'rv',
    customers: 'cu',
  };
  return fixed[file.kind] ?? `k${i}`;
}

function touchedKinds(plan: SetPlan): DatasetKind[] {
  const kinds = new Set(plan.files.map((f) => f.kind));
  const sides: DatasetKind[] = [];
  if (ORDER_SIDE.some((k) => kinds.has(k))) sides.push(...ORDER_SIDE);
  if (kinds.has('customers')) sides.push('customers');
  if (kinds.has('events')) sides.push('events');
  return sides;
}

function assertReplaceAllowed(db: Db, kinds: readonly DatasetKind[], replace: boolean): void {
  if (replace) return;
  const existing = db
    .prepare(
      `SELECT kind, file_name FROM datasets WHERE kind IN (${kinds.map(() => '?').join(', ')}) ORDER BY id DESC LIMIT 1`,
    )
    .get(...kinds) as { kind: string; file_name: string } | undefined;
  if (existing) {
    throw new WorkbenchError(
      'NEEDS_CONFIRMATION',
      `This project already has ${existing.kind} from ${existing.file_name}.`,
      {
        kind: existing.kind,
        existing: existing.file_name,
        ...worded('already_has_data', { kind: existing.kind, file: existing.file_name }),
      },
    );
  }
  // Events imported from the command line are not recorded as datasets, but are there all the same.
  if (kinds.includes('events') && db.prepare('SELECT 1 FROM events LIMIT 1').get()) {
    throw new WorkbenchError('NEEDS_CONFIRMATION', 'This project already has events.', {
      kind: 'events',
      ...worded('already_has_events'),
    });
  }
}

/** Removes the datasets these files replace (their rejects and links go with them); true when there were any. */
function dropPrevious(db: Db, kinds: readonly DatasetKind[]): boolean {
  const marks = kinds.map(() => '?').join(', ');
  const old = db.prepare(`SELECT id, rows_table FROM datasets WHERE kind IN (${marks})`).all(...kinds) as Array<{
    id: number;
    rows_table: string | null;
  }>;
  for (const d of old) if (d.rows_table) db.exec(`DROP TABLE IF EXISTS ${d.rows_table}`);
  db.prepare(`DELETE FROM datasets WHERE kind IN (${marks})`).run(...kinds);
  return old.length > 0 || db.prepare('SELECT 1 FROM customers LIMIT 1').get() !== undefined;
}
