/** Sorting the comparison table by any column; missing values (null) always go last. */
import type { CompareRow } from '../../../shared/contract/analysis.js';

export type CompareColumn = keyof CompareRow;
export interface SortState {
  column: CompareColumn;
  dir: 'asc' | 'desc';
}

export function sortRows(rows: readonly CompareRow[], sort: SortState | null, lang = 'en'): CompareRow[] {
  if (!sort) return [...rows];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    if (typeof x === 'string' && typeof y === 'string') return sign * x.localeCompare(y, lang);
    return sign * ((x as number) - (y as number));
  });
}

/** Clicking a column: first descending for numbers (biggest first), ascending for names; again flips it. */
export function nextSort(current: SortState | null, column: CompareColumn): SortState {
  if (current?.column === column) return { column, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { column, dir: column === 'segment' ? 'asc' : 'desc' };
}
