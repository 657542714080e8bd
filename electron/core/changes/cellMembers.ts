/**
 * The customers of one migration cell (from group -> to group): the same walk as the matrix, so
 * the members are exactly the cell's count. Listed the largest revenue first, and saved as a
 * segment that holds them as a fixed list ("Champions who slid to At Risk").
 */
import type {
  MigrationMembersParams,
  MigrationMembersResult,
  MigrationParams,
  SaveMigrationCellParams,
} from '../../../shared/contract/changes.js';
import type { SegmentInfo } from '../../../shared/contract/segments.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { round6 } from '../db/rounding.js';
import { dayToIso } from '../metrics/days.js';
import { saveMemberList } from '../segments/fixedList.js';
import { saveSegment } from '../segments/store.js';
import type { MigrationSink } from './cells.js';
import { walkMigration } from './migration.js';

/** Default number of members listed: enough to read, small enough to send at once. */
const DEFAULT_LIMIT = 500;

class CellMembers implements MigrationSink {
  readonly ids: number[] = [];
  readonly revenue: number[] = [];
  private readonly from: number;
  private readonly to: number;

  constructor(names: readonly string[], fromGroup: string, toGroup: string) {
    this.from = groupIndex(names, fromGroup, 'from');
    this.to = groupIndex(names, toGroup, 'to');
  }

  add(from: number, to: number, revenue: number, customer: number): void {
    if (from !== this.from || to !== this.to) return;
    this.ids.push(customer);
    this.revenue.push(revenue);
  }
}

function groupIndex(names: readonly string[], group: string, side: 'from' | 'to'): number {
  const i = names.indexOf(group);
  if (i < 0) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `"${group}" is not a group of this migration (its groups: ${names.join(', ')}). Pick the ${side} group among them.`,
      { value: group },
    );
  }
  return i;
}

/** The migration's own params, without the cell, the members' limit or the segment's name. */
function migrationOf(params: MigrationMembersParams | SaveMigrationCellParams): MigrationParams {
  const { from, to } = params;
  if (params.by === 'segments') return { by: 'segments', from, to, segments: params.segments };
  return { by: 'rfm', from, to, scheme: params.scheme ?? 'rfm-classic', bins: params.bins ?? 5 };
}

function cellOf(db: Db, params: MigrationMembersParams | SaveMigrationCellParams): CellMembers {
  const sinkOf = (names: readonly string[]) => new CellMembers(names, params.fromGroup, params.toGroup);
  return walkMigration(db, migrationOf(params), sinkOf).sink;
}

export function migrationMembers(db: Db, params: MigrationMembersParams): MigrationMembersResult {
  const cell = cellOf(db, params);
  const keyOf = db.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck();
  const order = cell.ids.map((_, i) => i);
  let total = 0;
  for (const r of cell.revenue) total += r;
  const keys = cell.ids.map((id) => keyOf.get(id) as string);
  order.sort(
    (a, b) =>
      (cell.revenue[b] as number) - (cell.revenue[a] as number) || ((keys[a] as string) < (keys[b] as string) ? -1 : 1),
  );
  const listed = order.slice(0, params.limit ?? DEFAULT_LIMIT);
  return {
    total: cell.ids.length,
    revenue: round6(total),
    members: listed.map((i) => ({ customer: keys[i] as string, revenue: round6(cell.revenue[i] as number) })),
  };
}

/** A new segment holding the cell's customers; the list and the segment are saved together or not at all. */
export function saveMigrationCell(db: Db, params: SaveMigrationCellParams, today = new Date()): SegmentInfo {
  const cell = cellOf(db, params);
  const origin = `changes ${params.by} ${params.from}..${params.to}: ${params.fromGroup} -> ${params.toGroup}`;
  const day = dayToIso(Math.floor(today.getTime() / 86_400_000));
  return db.transaction(() => {
    const rule = saveMemberList(db, cell.ids, origin, day);
    return saveSegment(db, { name: params.name, rule });
  })();
}
