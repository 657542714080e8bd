/**
 * Which customers the Data view shows and in what order: a search over the id and the text
 * attributes, a rule compiled by the segment engine, and a sort on any column. The result is the
 * ordered list of customer ids, computed once per query and kept while the data is unchanged, so
 * that every further page (and the export) is a slice of it instead of a new scan and sort.
 */
import { foldText, type Rule } from '../../../shared/model/rules.js';
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { balanced, type Fragment, raw, sql } from '../db/sqlFragment.js';
import { readAsOf } from '../metrics/asOf.js';
import { RuleCompiler } from '../segments/compile.js';
import { FOLD_FUNCTION, registerRuleFunctions } from '../segments/sqlFunctions.js';
import { type ColumnSql, findColumn, isText } from './columns.js';
import { findByText } from './searchText.js';

export interface CustomerQuery {
  search?: string;
  rule?: Rule;
  sort?: { key: string; dir: 'asc' | 'desc' };
}

/** Every table a column, the search or a rule may read, under the aliases the rule compiler uses. */
export const CUSTOMER_JOINS =
  'LEFT JOIN customer_attrs a ON a.customer = c.id LEFT JOIN customer_metrics m ON m.customer = c.id';
/**
 * The list starts from customer_metrics (every customer has a row there, see metrics/store.ts):
 * an inner join lets SQLite walk a metric's index in the order asked instead of sorting.
 */
const LIST_FROM =
  'customer_metrics m JOIN customers c ON c.id = m.customer LEFT JOIN customer_attrs a ON a.customer = c.id';

/**
 * Ordered lists kept per connection, a few queries back: the lists of a rule and sort without a
 * search (what a search filters) apart from the searched ones, so typing a search word letter by
 * letter does not push out the list it narrows.
 */
const LISTS_KEPT = 4;
const CACHE_KEY = { all: 'customers/orderedIds', searched: 'customers/searchedIds' } as const;

/** The ids (customers.id) of the customers the query finds, in its order. */
export function orderedIds(db: Db, columns: readonly ColumnSql[], query: CustomerQuery): readonly number[] {
  const asOf = readAsOf(db).day ?? 0;
  const search = query.search?.trim() ?? '';
  const key = JSON.stringify([search, query.rule ?? null, query.sort ?? null, asOf]);
  const kind = search === '' ? 'all' : 'searched';
  const cached = lists(db, kind).get(key);
  if (cached) return cached;
  const ids = search === '' ? selectIds(db, columns, query, asOf) : searchedIds(db, columns, query, asOf);
  // Read the cache again: compiling an orders condition may have started a new one.
  const kept = lists(db, kind);
  kept.set(key, ids);
  for (const old of kept.keys()) {
    if (kept.size <= LISTS_KEPT) break;
    kept.delete(old);
  }
  return ids;
}

function lists(db: Db, kind: keyof typeof CACHE_KEY): Map<string, readonly number[]> {
  return DataCache.of(db).remember(CACHE_KEY[kind], () => new Map<string, readonly number[]>());
}

/**
 * The customers the rule and sort find, narrowed to those the search finds: the order of a
 * subset is the order of the whole, as every sort ends on a unique key.
 */
function searchedIds(db: Db, columns: readonly ColumnSql[], query: CustomerQuery, asOf: number): number[] {
  const found = findByText(
    db,
    searchedColumns(columns).map((c) => c.select),
    foldText(query.search?.trim() ?? ''),
  );
  if (!found) return selectIds(db, columns, query, asOf);
  const all = orderedIds(db, columns, { ...query, search: undefined });
  return all.filter((id) => found[id] === 1);
}

function selectIds(db: Db, columns: readonly ColumnSql[], query: CustomerQuery, asOf: number): number[] {
  registerRuleFunctions(db);
  const filters: Fragment[] = [];
  const search = searchFilter(columns, query.search);
  if (search) filters.push(search);
  if (query.rule) filters.push(new RuleCompiler(db, {}, { cacheOrders: true }).expression(query.rule));
  const where = filters.length === 0 ? raw('1') : balanced(filters, 'AND');
  const statement = db.prepare(`SELECT c.id FROM ${LIST_FROM} WHERE ${where.sql} ${orderBy(columns, query.sort)}`);
  // @asOf is bound only when the ORDER BY reads it (better-sqlite3 refuses unused named parameters).
  const named = statement.source.includes('@asOf') ? [{ asOf }] : [];
  return statement.pluck().all(...where.params, ...named) as number[];
}

/** The columns the search reads: the customer id and every text or category attribute. */
function searchedColumns(columns: readonly ColumnSql[]): ColumnSql[] {
  return columns.filter((c) => c.source === 'customer_id' || (c.source === 'customers' && isText(c.type)));
}

/**
 * The search in SQL: the folded text (any case; Arabic and Persian yeh and kaf alike, see
 * foldText) inside the customer id or any text or category attribute. searchedIds answers the
 * same question faster from pre-folded texts.
 */
function searchFilter(columns: readonly ColumnSql[], search: string | undefined): Fragment | null {
  const needle = foldText(search?.trim() ?? '');
  if (needle === '') return null;
  const texts = searchedColumns(columns);
  // For the needles findByText leaves to SQL. A call per column (not one over the joined text):
  // repeated values (cities, categories) hit the fold memo.
  return balanced(
    texts.map((c) => sql`instr(${raw(FOLD_FUNCTION)}(${raw(c.select)}), ${needle}) > 0`),
    'OR',
  );
}

/** Empty values last in both directions, as in a spreadsheet; the id breaks ties so pages never overlap. */
function orderBy(columns: readonly ColumnSql[], sort: CustomerQuery['sort']): string {
  if (!sort) return 'ORDER BY c.customer_key';
  const column = findColumn(columns, sort.key);
  const dir = (sort.dir === 'desc') !== column.reversed ? 'DESC' : 'ASC';
  if (column.source === 'customer_id') return `ORDER BY ${column.order} ${dir}`;
  return `ORDER BY ${column.order} ${dir} NULLS LAST, c.id ${dir}`;
}
