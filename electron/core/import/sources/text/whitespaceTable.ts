/**
 * Text whose columns are separated by runs of spaces (fixed-width or whitespace-separated, as
 * old statistics and mainframe exports are: the CDNOW sample " 00004 0001 19970101  2   29.33").
 * Recognised when no line holds a delimiter the CSV reader knows and every line splits into the
 * same number of fields.
 */

const DELIMITERS = /[,;\t|]/;
/** Share of lines that must split into the common number of fields. */
const SHARE = 0.98;

/** The fields of each non-blank line, or null when the text is not a whitespace-separated table. */
export function whitespaceRows(text: string, sampleOnly = false): string[][] | null {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  // A sample may end in the middle of a line.
  const usable = sampleOnly ? lines.slice(0, -1) : lines;
  if (usable.length < 2) return null;
  const probe = usable.slice(0, 1000);
  if (probe.filter((line) => DELIMITERS.test(line)).length > probe.length / 10) return null;
  const rows = usable.map((line) => line.trim().split(/\s+/));
  const counts = new Map<number, number>();
  for (const row of rows.slice(0, 1000)) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  const [width, hits] = [...counts].sort((a, b) => b[1] - a[1])[0] as [number, number];
  if (width < 2 || hits < SHARE * Math.min(rows.length, 1000)) return null;
  return rows;
}
