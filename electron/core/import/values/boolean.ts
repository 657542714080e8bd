/**
 * Yes/no cells in English, Persian, Arabic and Welsh. "1"/"0" are accepted here because the
 * importer only calls this for columns already typed boolean; whether a 0/1 column is boolean
 * at all is decided by the type inference.
 */
const TRUE_WORDS = ['true', 'yes', 'y', 't', '1', 'بله', 'بلی', 'آری', 'درست', 'نعم', 'ie', 'gwir'];
const FALSE_WORDS = ['false', 'no', 'n', 'f', '0', 'خیر', 'نه', 'نادرست', 'لا', 'na', 'gau'];

const VALUES = new Map<string, 0 | 1>([
  ...TRUE_WORDS.map((w) => [w, 1] as const),
  ...FALSE_WORDS.map((w) => [w, 0] as const),
]);

/** 1 for yes/true, 0 for no/false, NaN for anything else. Case and surrounding spaces are ignored. */
export function parseBoolean(text: string): number {
  const direct = VALUES.get(text);
  if (direct !== undefined) return direct;
  // Arabic yeh (ي) in place of Persian yeh (ی), as Windows keyboards type it.
  const key = text.trim().toLowerCase().replace(/[يى]/g, 'ی');
  return VALUES.get(key) ?? Number.NaN;
}
