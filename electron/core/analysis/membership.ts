/**
 * Who is in which segment, for every customer at once: each rule is compiled and evaluated in ONE
 * scan of the customers, its flag packed as a bit of an integer column (30 segments per column),
 * next to the customers' revenue, orders and last order day. Comparison, overlap and the quality
 * checks are then pure functions of these arrays.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import { bytesOf, readColumn, type StoredColumn, uint32Of, writeColumns } from '../columnCache/columnStore.js';
import { type CustomerBase, customerBase } from '../columnCache/customerBase.js';
import type { Db } from '../db/projectFile.js';
import { type Fragment, joinFragments, raw, sql } from '../db/sqlFragment.js';
import { readAsOf } from '../metrics/asOf.js';
import { RuleCompiler } from '../segments/compile.js';
import { membershipKey } from './membershipKey.js';
import type { AnalysedSegment } from './segmentRefs.js';

/** Bits per packed column: keeps every column a positive 31-bit integer. */
export const BITS_PER_WORD = 30;
const WORD_SPAN = 2 ** BITS_PER_WORD;
/** A word of a bitset with all 32 bits set, as a Uint32Array reads it. */
const FULL_WORD = 0xffffffff;
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

/**
 * Evaluates the segments' rules (in order) for every customer. A rule whose members are kept in
 * the project file for this data and as-of date (membershipKey.ts, columnCache/columnStore.ts) is not
 * evaluated again; the others are, in one scan, and kept for next time (one transaction).
 */
export function loadMembership(db: Db, segments: readonly AnalysedSegment[]): Membership {
  const entry = customerBase(db);
  const base = entry.base;
  const n = base.ids.length;
  const asOfDay = segments.length > 0 ? readAsOf(db).day : null;
  const keys = segments.map((s) => membershipKey(db, s.rule, asOfDay));
  const bitsets = keys.map((key) => (key === null ? null : storedBitset(db, key, n)));
  const missing = segments.flatMap((segment, s) => (bitsets[s] === null ? [{ segment, s }] : []));
  const toStore: StoredColumn[] = [...entry.toStore];
  if (missing.length > 0) {
    const words = evaluate(
      db,
      base,
      missing.map((m) => m.segment),
    );
    missing.forEach(({ s }, j) => {
      const bitset = bitsetOf(words[Math.floor(j / BITS_PER_WORD)] as Int32Array, j % BITS_PER_WORD, n);
      bitsets[s] = bitset;
      const key = keys[s];
      if (key !== null && key !== undefined) toStore.push({ name: key, bytes: bytesOf(bitset) });
    });
  }
  if (toStore.length > 0 && writeColumns(db, toStore)) entry.toStore.length = 0;
  return {
    customers: n,
    ids: base.ids,
    monetary: base.monetary,
    frequency: base.frequency,
    lastDay: base.lastDay,
    words: packWords(bitsets as Uint32Array[], n),
    segments: segments.length,
  };
}

function storedBitset(db: Db, key: string, customers: number): Uint32Array | null {
  const bytes = readColumn(db, key);
  if (!bytes) return null;
  const bitset = uint32Of(bytes);
  return bitset.length === Math.ceil(customers / 32) ? bitset : null;
}

/** Bit i of the set: customer row i is a member. */
function bitsetOf(word: Int32Array, bit: number, customers: number): Uint32Array {
  const bitset = new Uint32Array(Math.ceil(customers / 32));
  const mask = 1 << bit;
  for (let i = 0; i < customers; i += 1) {
    if (((word[i] as number) & mask) !== 0) bitset[i >>> 5] = (bitset[i >>> 5] as number) | (1 << (i & 31));
  }
  return bitset;
}

/** The segments' bitsets as the packed words compare, overlap and quality read (30 segments per word). */
function packWords(bitsets: readonly Uint32Array[], customers: number): Int32Array[] {
  const words = Array.from({ length: Math.ceil(bitsets.length / BITS_PER_WORD) }, () => new Int32Array(customers));
  bitsets.forEach((bitset, s) => {
    const word = words[Math.floor(s / BITS_PER_WORD)] as Int32Array;
    const flag = 1 << (s % BITS_PER_WORD);
    for (let w = 0; w < bitset.length; w += 1) {
      const all = bitset[w] as number;
      if (all === FULL_WORD) {
        // 32 members in a row ("has a value" of a field most customers fill): no bit search.
        for (let i = w * 32, end = Math.min(i + 32, customers); i < end; i += 1) word[i] = (word[i] as number) | flag;
        continue;
      }
      // Visits only the set bits: most segments hold a small part of the customers.
      for (let bits = all; bits !== 0; bits &= bits - 1) {
        const i = w * 32 + 31 - Math.clz32(bits & -bits);
        word[i] = (word[i] as number) | flag;
      }
    }
  });
  return words;
}

/** The rules' flags for every customer, in one scan per 30 rules. */
function evaluate(db: Db, base: CustomerBase, segments: readonly AnalysedSegment[]): Int32Array[] {
  const n = base.ids.length;
  const words = Array.from({ length: Math.ceil(segments.length / BITS_PER_WORD) }, () => new Int32Array(n));
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
  return words;
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
