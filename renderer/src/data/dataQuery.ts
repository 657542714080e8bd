/** What the Data view shows: a search, a filter (a saved segment or the builder's rule) and a sort. */
import type { Params } from '../../../shared/api.js';
import type { Rule } from '../../../shared/model/rules.js';

export interface CustomerSort {
  /** A column key (customer_id, a customer field key, a metric). */
  key: string;
  dir: 'asc' | 'desc';
}

export type DataFilter =
  | { kind: 'all' }
  | { kind: 'segment'; id: number }
  /** The rule in the segment builder when the filter was chosen (it does not follow later edits). */
  | { kind: 'rule'; rule: Rule };

export interface DataQuery {
  search: string;
  filter: DataFilter;
  sort: CustomerSort;
}

/** The engine's query for the view's state: an empty search and "all customers" are left out. */
export function queryParams(query: DataQuery): Pick<Params<'customers/page'>, 'search' | 'rule' | 'sort'> {
  const search = query.search.trim();
  const rule: Rule | undefined =
    query.filter.kind === 'segment'
      ? { segment: query.filter.id }
      : query.filter.kind === 'rule'
        ? query.filter.rule
        : undefined;
  return {
    ...(search === '' ? {} : { search }),
    ...(rule ? { rule } : {}),
    sort: query.sort,
  };
}
