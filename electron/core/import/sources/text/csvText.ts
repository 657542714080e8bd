/**
 * Reading a delimited text file for the source layer: its header (to recognise a preset) and, for
 * a preset that reshapes the file, all its rows. The encoding and delimiter are guessed as the
 * preview guesses them.
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import type { Encoding } from '../../../../../shared/model/import.js';
import { binaryKind } from '../../sniff/binary.js';
import { detectDelimiter, parseRecords, toLf } from '../../sniff/dialect.js';
import { detectEncoding } from '../../sniff/encoding.js';

const HEADER_BYTES = 64 * 1024;

/** The first bytes of a file (all of it when shorter). Synchronous: see sourceImport.ts. */
export function readHead(file: string, bytes = HEADER_BYTES): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(bytes);
    return head.subarray(0, fs.readSync(fd, head, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** The header cells (BOM and surrounding spaces removed), or null for a file that is not text or is empty. */
export function readCsvHeader(file: string): string[] | null {
  const head = readHead(file);
  if (head.length === 0) return null;
  const encoding = detectEncoding(head).value;
  if (binaryKind(head, encoding)) return null;
  const text = toLf(iconv.decode(head, encoding));
  const [first] = parseRecords(text, detectDelimiter(text, 'lf'), 'lf', 1);
  return first ? first.map(headerCell) : null;
}

/** Every row of the file, the header first (cleaned as in readCsvHeader). */
export function readCsvRows(file: string): string[][] {
  const text = decodedText(fs.readFileSync(file));
  const rows = parseRecords(text, detectDelimiter(text.slice(0, HEADER_BYTES), 'lf'), 'lf');
  if (rows[0]) rows[0] = rows[0].map(headerCell);
  return rows;
}

/** The whole file's text with LF line ends, decoded as the encoding guess of its head says. */
export function decodedText(bytes: Buffer): string {
  const encoding: Encoding = detectEncoding(bytes.subarray(0, 2 * 1024 * 1024)).value;
  return toLf(iconv.decode(bytes, encoding));
}

function headerCell(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim();
}
