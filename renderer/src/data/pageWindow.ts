/**
 * Which pages of the customer list to fetch for the rows on screen: the pages the visible
 * range touches plus one page either side, so scrolling rarely shows an unloaded row.
 */
export const PAGE_SIZE = 200;

export function pagesForRange(first: number, last: number, total: number, pageSize: number = PAGE_SIZE): number[] {
  if (total <= 0 || last < first) return [];
  const lastPage = Math.floor((total - 1) / pageSize);
  const from = Math.max(0, Math.floor(Math.max(0, first) / pageSize) - 1);
  const to = Math.min(lastPage, Math.floor(Math.min(last, total - 1) / pageSize) + 1);
  const pages: number[] = [];
  for (let page = from; page <= to; page++) pages.push(page);
  return pages;
}

/** The row at a list index from the cached pages, or undefined while its page is not loaded. */
export function rowAt<T>(
  pages: Readonly<Record<number, readonly T[]>>,
  index: number,
  pageSize: number = PAGE_SIZE,
): T | undefined {
  return pages[Math.floor(index / pageSize)]?.[index % pageSize];
}

/**
 * Pages to drop from the cache so it stays bounded at 100k+ rows: the ones farthest from
 * the page in view, keeping at most `keep` pages.
 */
export function pagesToEvict(cached: readonly number[], centre: number, keep: number): number[] {
  if (cached.length <= keep) return [];
  const byDistance = [...cached].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre) || b - a);
  return byDistance.slice(0, cached.length - keep);
}
