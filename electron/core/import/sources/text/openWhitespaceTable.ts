/**
 * A whitespace-separated text file as a table: its fields written as CSV, named and given roles
 * from their values when the file has no header (text/valueColumns.ts).
 */
import fs from 'node:fs';
import { inEnglish, type ReasonPart } from '../../../../../shared/i18n/importReasonText.js';
import { isValueLike } from '../../sniff/dialect.js';
import { plainKind } from '../plainTable.js';
import type { SourceTable, TableKind } from '../sourceModel.js';
import type { TempTables } from '../tempTables.js';
import { decodedText, readHead } from './csvText.js';
import { guessColumns } from './valueColumns.js';
import { whitespaceRows } from './whitespaceTable.js';

const SAMPLE_BYTES = 64 * 1024;

/** Whether the file's first lines are a whitespace-separated table. */
export function isWhitespaceTable(filePath: string): boolean {
  return probeRows(filePath) !== null;
}

function probeRows(filePath: string): string[][] | null {
  const head = readHead(filePath, SAMPLE_BYTES + 1);
  if (head.length === 0 || head.subarray(0, 4096).includes(0)) return null;
  return whitespaceRows(decodedText(head.subarray(0, SAMPLE_BYTES)), head.length > SAMPLE_BYTES);
}

export async function openWhitespaceTable(
  filePath: string,
  file: string,
  temp: TempTables,
): Promise<SourceTable | null> {
  const probe = probeRows(filePath);
  if (!probe) return null;
  const rows = whitespaceRows(decodedText(fs.readFileSync(filePath))) ?? probe;
  const first = rows[0] as string[];
  const hasHeader = first.every((cell) => !isValueLike(cell)) && (rows[1] ?? []).some(isValueLike);
  const stem = file.replace(/\.[^.]+$/, '');
  if (hasHeader) {
    const csvPath = temp.write(null, rows);
    return { label: stem, csvPath, map: {}, links: [], ...(await plainKind(csvPath, {})) };
  }
  const guesses = guessColumns(rows);
  const body = rows.map((row) => guesses.map((g, i) => g.convert(row[i] ?? '')));
  const csvPath = temp.write(null, [guesses.map((g) => g.header), ...body]);
  const map: Record<string, string> = {};
  for (const g of guesses) if (g.role) map[g.role] = g.header;
  const reasons = guesses.flatMap((g) => (g.reason ? [g.reason] : []));
  const transactions = map.customer_id && map.order_date && map.amount;
  const kind = transactions ? transactionLog(reasons) : await plainKind(csvPath, map);
  return { label: stem, csvPath, map, links: [], ...kind };
}

function transactionLog(
  reasons: ReasonPart[],
): Pick<SourceTable, 'kind' | 'kindFrom' | 'kindReason' | 'kindReasonWording'> {
  const wording = {
    parts: [{ key: 'whitespace_log' as const, values: { reasons: { clauses: reasons } } }],
    stop: true,
  };
  return {
    kind: 'orders' as TableKind,
    kindFrom: 'values',
    kindReason: inEnglish(wording),
    kindReasonWording: wording,
  };
}
