/**
 * The merged cell ranges of each sheet of an .xlsx (read-excel-file does not report them): from
 * xl/workbook.xml (sheet names), its relationships (which part is which sheet) and each
 * sheet's <mergeCell ref="B1:D1"/> elements.
 */
import type { ZipArchive } from './zipEntries.js';

export interface CellRange {
  /** Zero-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function mergedRanges(zip: ZipArchive): Map<string, CellRange[]> {
  const result = new Map<string, CellRange[]>();
  const workbook = zip.text('xl/workbook.xml');
  const rels = zip.text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return result;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], 'name');
    const id = attribute(m[0], 'r:id');
    const part = id ? targets.get(id) : undefined;
    const xml = part ? zip.text(part) : null;
    if (!name || !xml) continue;
    const ranges: CellRange[] = [];
    for (const ref of xml.matchAll(/<mergeCell\b[^>]*ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
      const a = cellAt(ref[1] as string);
      const b = cellAt(ref[2] as string);
      ranges.push({ top: a.row, left: a.column, bottom: b.row, right: b.column });
    }
    result.set(unescapeXml(name), ranges);
  }
  return result;
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? (m[1] as string) : null;
}

function cellAt(ref: string): { row: number; column: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  let column = 0;
  for (const ch of letters as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, column: column - 1 };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
