/**
 * The members of leaves not known yet, from the compiled conditions: one leaf alone is one query
 * returning its members' ids; several are one scan of the customers per 30 leaves, each leaf's
 * truth a bit of one plucked number (as analysis/membership.ts evaluates saved segments).
 */
import type { Db } from '../../db/projectFile.js';
import { type Fragment, joinFragments, raw, sql } from '../../db/sqlFragment.js';
import { type Bitset, emptySet, setBit } from './bitset.js';

const BITS_PER_SCAN = 30;
const WORD_SPAN = 2 ** BITS_PER_SCAN;
/** id * 2^30 + flags stays an exact double below 2^53. */
const MAX_PACKED_ID = 2 ** (53 - BITS_PER_SCAN);

export interface ScanContext {
  db: Db;
  /** FROM clause joining what the compiled leaves use (RuleCompiler.from). */
  from: string;
  /** customers.id -> row of the kept customer order. */
  rowOf: Int32Array;
  customers: number;
}

export function scanLeaves(context: ScanContext, leaves: readonly Fragment[]): Bitset[] {
  if (leaves.length === 1) return [scanOne(context, leaves[0] as Fragment)];
  const sets: Bitset[] = [];
  for (let start = 0; start < leaves.length; start += BITS_PER_SCAN) {
    sets.push(...scanPacked(context, leaves.slice(start, start + BITS_PER_SCAN)));
  }
  return sets;
}

function scanOne({ db, from, rowOf, customers }: ScanContext, leaf: Fragment): Bitset {
  const set = emptySet(customers);
  const ids = db
    .prepare(`SELECT c.id FROM ${from} WHERE ${leaf.sql}`)
    .pluck()
    .all(...leaf.params) as number[];
  for (const id of ids) setBit(set, rowOf[id] as number);
  return set;
}

function scanPacked({ db, from, rowOf, customers }: ScanContext, leaves: readonly Fragment[]): Bitset[] {
  const sets = leaves.map(() => emptySet(customers));
  // CASE WHEN takes 0 and NULL alike for "not a member", as WHERE does.
  const flags = joinFragments(
    leaves.map((leaf, b) => sql`(CASE WHEN ${leaf} THEN ${raw(String(2 ** b))} ELSE 0 END)`),
    ' + ',
  );
  const mark = (id: number, packed: number) => {
    const row = rowOf[id] as number;
    for (let bits = packed; bits !== 0; bits &= bits - 1) setBit(sets[31 - Math.clz32(bits & -bits)] as Bitset, row);
  };
  if (rowOf.length <= MAX_PACKED_ID) {
    const statement = db.prepare(`SELECT c.id * ${WORD_SPAN} + ${flags.sql} FROM ${from}`).pluck();
    for (const packed of statement.all(...flags.params) as number[]) {
      const bits = packed % WORD_SPAN;
      if (bits !== 0) mark((packed - bits) / WORD_SPAN, bits);
    }
  } else {
    const statement = db.prepare(`SELECT c.id, ${flags.sql} FROM ${from}`).raw();
    for (const [id, bits] of statement.all(...flags.params) as Array<[number, number]>) mark(id, bits);
  }
  return sets;
}
