/**
 * Saved segments in the project file. A segment keeps its rule, not its members: counts are
 * computed when read, so after a re-import every segment shows the current data. Every rule saved
 * is also kept as a version (ruleVersions.ts).
 */
import type { SegmentCounts, SegmentInfo } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import { Rule } from '../../../shared/model/rules.js';
import { isEmptyPlan, SegmentPlan } from '../../../shared/model/segmentPlan.js';
import type { Db } from '../db/projectFile.js';
import { checkRule } from './compile.js';
import { countRule } from './count.js';
import { copyName, foldName } from './names.js';
import { keepVersion } from './ruleVersions.js';
import { referencedSegments } from './segmentRefs.js';

export interface SegmentFields {
  name: string;
  /** undefined keeps the saved value (on update); null clears it. */
  color?: string | null;
  description?: string | null;
  strategy?: string | null;
  /** The structured strategy; undefined keeps the saved one (on update), null or an empty plan clears it. */
  plan?: SegmentPlan | null;
  rule: Rule;
}

/** A saved segment as stored, without counts. */
export type StoredSegment = Omit<SegmentInfo, 'counts'>;

interface Row {
  id: number;
  name: string;
  color: string | null;
  description: string | null;
  strategy: string | null;
  plan: string | null;
  rule: string;
  created_at: string;
  updated_at: string;
}

const NO_COUNTS: SegmentCounts = { customers: 0, revenue: 0, share_customers: 0, share_revenue: 0 };

export function storedSegments(db: Db): StoredSegment[] {
  return (db.prepare('SELECT * FROM segments ORDER BY id').all() as Row[]).map(fromRow);
}

export function storedSegment(db: Db, id: number): StoredSegment {
  const row = db.prepare('SELECT * FROM segments WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new WorkbenchError('NOT_FOUND', `There is no segment with id ${id} in this project.`, { id });
  return fromRow(row);
}

export function listSegments(db: Db): SegmentInfo[] {
  return storedSegments(db).map((s) => withCounts(db, s));
}

export function getSegment(db: Db, id: number): SegmentInfo {
  return withCounts(db, storedSegment(db, id));
}

/** Creates a segment, or updates segment `id`. Nothing is written unless the rule compiles. */
export function saveSegment(db: Db, fields: SegmentFields, id?: number): SegmentInfo {
  const name = fields.name.trim();
  const now = new Date().toISOString();
  const saved = db.transaction(() => {
    const old = id === undefined ? null : storedSegment(db, id);
    checkName(db, name, id);
    validateRule(db, fields.rule, name, id);
    const values = {
      name,
      color: pick(fields.color, old?.color),
      description: pick(fields.description, old?.description),
      strategy: pick(fields.strategy, old?.strategy),
      plan: fields.plan === undefined ? planText(old?.plan ?? null) : planText(fields.plan),
      rule: JSON.stringify(fields.rule),
      now,
    };
    if (old) {
      db.prepare(
        `UPDATE segments SET name = @name, color = @color, description = @description, strategy = @strategy,
           plan = @plan, rule = @rule, updated_at = @now WHERE id = @id`,
      ).run({ ...values, id: old.id });
      keepVersion(db, old.id, values.rule, now);
      return old.id;
    }
    const newId = nextSegmentId(db);
    db.prepare(
      `INSERT INTO segments (id, name, color, description, strategy, plan, rule, created_at, updated_at)
       VALUES (@id, @name, @color, @description, @strategy, @plan, @rule, @now, @now)`,
    ).run({ ...values, id: newId });
    keepVersion(db, newId, values.rule, now);
    return newId;
  })();
  return getSegment(db, saved);
}

/** Deletes a segment no other segment uses, and returns it so the user can undo (see restoreSegment). */
export function deleteSegment(db: Db, id: number): SegmentInfo {
  const segment = getSegment(db, id);
  const users = storedSegments(db).filter((s) => s.id !== id && referencedSegments(s.rule).includes(id));
  if (users.length > 0) {
    const names = users.map((s) => `"${s.name}"`).join(', ');
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `"${segment.name}" is used by ${users.length === 1 ? 'the segment' : 'the segments'} ${names} ("in segment" condition). Remove it from ${users.length === 1 ? 'that rule' : 'those rules'} first.`,
      { segmentIds: users.map((s) => s.id) },
    );
  }
  db.prepare('DELETE FROM segments WHERE id = ?').run(id);
  return segment;
}

/** Undo of a delete: the segment comes back with its id, so rules and links to it work again. */
export function restoreSegment(db: Db, id: number, fields: SegmentFields): SegmentInfo {
  const name = fields.name.trim();
  const now = new Date().toISOString();
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM segments WHERE id = ?').get(id)) {
      throw new WorkbenchError('INVALID_PARAMS', `A segment with id ${id} already exists; it was not deleted.`, { id });
    }
    checkName(db, name, id);
    validateRule(db, fields.rule, name, id);
    db.prepare(
      `INSERT INTO segments (id, name, color, description, strategy, plan, rule, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      name,
      fields.color ?? null,
      fields.description ?? null,
      fields.strategy ?? null,
      planText(fields.plan ?? null),
      JSON.stringify(fields.rule),
      now,
      now,
    );
  })();
  return getSegment(db, id);
}

/** A copy named "Name (copy)", "Name (copy 2)", ... with the same rule, colour and notes. */
export function duplicateSegment(db: Db, id: number): SegmentInfo {
  const source = storedSegment(db, id);
  const taken = new Set(storedSegments(db).map((s) => foldName(s.name)));
  const { color, description, strategy, plan, rule } = source;
  return saveSegment(db, { name: copyName(source.name, taken), color, description, strategy, plan, rule });
}

/** Counts on the current data. A rule that no longer compiles (a re-import dropped its field) counts 0. */
function withCounts(db: Db, segment: StoredSegment): SegmentInfo {
  let counts = NO_COUNTS;
  try {
    counts = countRule(db, segment.rule, { segmentId: segment.id });
  } catch (error) {
    if (!(error instanceof WorkbenchError)) throw error;
  }
  return { ...segment, counts };
}

function checkName(db: Db, name: string, id: number | undefined): void {
  const folded = foldName(name);
  const clash = storedSegments(db).find((s) => s.id !== id && foldName(s.name) === folded);
  if (clash) {
    throw new WorkbenchError('INVALID_PARAMS', `A segment named "${clash.name}" already exists. Choose another name.`, {
      segmentIds: [clash.id],
    });
  }
}

/**
 * Fields, operators, values and segment references. As the owner, the segment's own id makes a
 * reference back to it (directly or through others) a cycle error naming the segments.
 */
function validateRule(db: Db, rule: Rule, name: string, id: number | undefined): void {
  checkRule(db, rule, id === undefined ? {} : { segmentId: id, segmentName: name });
}

/**
 * Ids are never reused (SQLite would hand a deleted highest id to the next row): an undo must get
 * its id back, and "in segment" references must never silently point at a newer segment.
 */
function nextSegmentId(db: Db): number {
  const { top } = db.prepare('SELECT COALESCE(MAX(id), 0) AS top FROM segments').get() as { top: number };
  const row = db.prepare("SELECT value FROM meta WHERE key = 'segment_id_high'").get() as { value: string } | undefined;
  const next = Math.max(top, Number(row?.value ?? 0) || 0) + 1;
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('segment_id_high', ?)").run(String(next));
  return next;
}

function pick(value: string | null | undefined, old: string | null | undefined): string | null {
  return value === undefined ? (old ?? null) : value;
}

/** NULL for no plan or an empty one, so "has a plan" is one test in SQL and in the report. */
function planText(plan: SegmentPlan | null): string | null {
  return plan === null || isEmptyPlan(plan) ? null : JSON.stringify(plan);
}

/** A damaged plan is read as none rather than making the whole segment unreadable: it is a note. */
function planFromText(text: string | null): SegmentPlan | null {
  if (text === null) return null;
  const parsed = SegmentPlan.safeParse(safeJson(text));
  return parsed.success ? parsed.data : null;
}

function fromRow(row: Row): StoredSegment {
  const parsed = Rule.safeParse(safeJson(row.rule));
  if (!parsed.success) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The rule of segment "${row.name}" in this project file is damaged and cannot be read.`,
      { id: row.id },
    );
  }
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    description: row.description,
    strategy: row.strategy,
    plan: planFromText(row.plan),
    rule: parsed.data,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
