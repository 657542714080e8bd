/**
 * Who is in which segment, for every customer at once: each rule is compiled and evaluated in ONE
 * scan of the customers, its flag packed as a bit of an integer column (30 segments per column),
 * next to the customers' revenue, orders and last order day. Comparison, overlap and the quality
 * checks are then pure functions of these arrays.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { type Fragment, joinFragments, raw, sql } from '../db/sqlFragment.js';
import { RuleCompiler } from '../segments/compile.js';
import type { AnalysedSegment } from './segmentRefs.js';

/** Bits per packed column: keeps every column a positive 31-bit integer. */
export const BITS_PER_WORD = 30;
const WORD_SPAN = 2 ** BITS_PER_WORD;
/** id * 2^30 + flags stays an exact double below 2^53. */
const MAX_PACKED_ID = 2 ** (53 - BITS_PER_WORD);

export interface Membership {
  /** All customers of the project. */
  customers: number;
  /** customers.id of row i, ascending. */
  ids: Float64Array;
  /** Per customer (row i): monetary value, orders with a positive total, last order day (NaN: none). */
  monetary: Float64Array;
  frequency: Float64Array;
  lastDay: Float64Array;
  /** words[w][i] holds the flags of segments w*30 .. w*30+29 for customer i. */
  words: Int32Array[];
  segments: number;
}

export function isMember(m: Membership, segment: number, row: number): boolean {
  const word = m.words[Math.floor(segment / BITS_PER_WORD)] as Int32Array;
  return ((word[row] as number) & (1 << (segment % BITS_PER_WORD))) !== 0;
}

interface CustomerBase {
  ids: Float64Array;
  /** customers.id -> row; -1 for no customer. */
  rowOf: Int32Array;
  monetary: Float64Array;
  frequency: Float64Array;
  lastDay: Float64Array;
}

/** Evaluates the segments' rules (in order) for every customer. */
export function loadMembership(db: Db, segments: readonly AnalysedSegment[]): Membership {
  const base = customerBase(db);
  const n = base.ids.length;
  const words = Array.from({ length: Math.ceil(segments.length / BITS_PER_WORD) }, () => new Int32Array(n));
  if (segments.length > 0) {
    const compiler = new RuleCompiler(db, {}, { cacheOrders: true });
    const flags = segments.map((segment) => compileNamed(compiler, segment));
    const from = compiler.from();
    // The id travels in the same number as the flags (id * 2^30 + flags): one plucked column is
    // far cheaper to hand to JavaScript than rows of arrays (measured 107 vs 161 ms at 100k).
    const packId = base.rowOf.length <= MAX_PACKED_ID;
    words.forEach((word, w) => {
      const column = packedColumn(flags.slice(w * BITS_PER_WORD, (w + 1) * BITS_PER_WORD));
      const select = packId ? sql`c.id * ${raw(String(WORD_SPAN))} + ${column}` : sql`c.id, ${column}`;
      const statement = db.prepare(`SELECT ${select.sql} FROM ${from}`);
      if (packId) {
        for (const packed of statement.pluck().all(...select.params) as number[]) {
          const flagsOf = packed % WORD_SPAN;
          word[base.rowOf[(packed - flagsOf) / WORD_SPAN] as number] = flagsOf;
        }
      } else {
        for (const [id, flagsOf] of statement.raw().all(...select.params) as Array<[number, number]>) {
          word[base.rowOf[id] as number] = flagsOf;
        }
      }
    });
  }
  return {
    customers: n,
    ids: base.ids,
    monetary: base.monetary,
    frequency: base.frequency,
    lastDay: base.lastDay,
    words,
    segments: segments.length,
  };
}

/** A saved segment's errors already name it (the compiler expands { segment: id }); a rule not saved gets its name here. */
function compileNamed(compiler: RuleCompiler, segment: AnalysedSegment): Fragment {
  try {
    return compiler.expression(segment.rule);
  } catch (error) {
    if (segment.id !== null || !(error instanceof WorkbenchError)) throw error;
    throw new WorkbenchError(error.code, `In "${segment.name}": ${error.message}`, error.details);
  }
}

/** Sum of 2^b for every rule b that holds: the bits are distinct, so + is |. */
function packedColumn(flags: readonly Fragment[]): Fragment {
  // CASE WHEN treats 0 and NULL (a comparison with an empty value) alike as "not a member", as WHERE does.
  return joinFragments(
    flags.map((flag, b) => sql`(CASE WHEN ${flag} THEN ${raw(String(2 ** b))} ELSE 0 END)`),
    ' + ',
  );
}

/** Revenue, orders and last order day of every customer, kept until the data changes. */
function customerBase(db: Db): CustomerBase {
  return DataCache.of(db).remember('analysis customer base', () => {
    const rows = db
      .prepare(
        `SELECT c.id, COALESCE(m.monetary, 0), COALESCE(m.frequency, 0), m.last_day
         FROM customers c LEFT JOIN customer_metrics m ON m.customer = c.id ORDER BY c.id`,
      )
      .raw()
      .all() as Array<[number, number, number, number | null]>;
    const n = rows.length;
    const base: CustomerBase = {
      ids: new Float64Array(n),
      rowOf: new Int32Array((rows[n - 1]?.[0] ?? 0) + 1).fill(-1),
      monetary: new Float64Array(n),
      frequency: new Float64Array(n),
      lastDay: new Float64Array(n),
    };
    rows.forEach(([id, monetary, frequency, lastDay], i) => {
      base.ids[i] = id;
      base.rowOf[id] = i;
      base.monetary[i] = monetary;
      base.frequency[i] = frequency;
      base.lastDay[i] = lastDay ?? Number.NaN;
    });
    return base;
  });
}
