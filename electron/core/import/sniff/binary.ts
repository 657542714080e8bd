/**
 * Files that are not delimited text at all: a workbook saved as .xlsx, a zip, a PDF, or any
 * binary. Caught before parsing so the user hears what the file is instead of seeing garbage
 * columns.
 */
import type { ErrorWordingKey } from '../../../../shared/errorWording.js';
import type { Encoding } from '../../../../shared/model/import.js';

/** `what` in English, for the engine's message; `key`: the same message's wording (shared/errorWording.ts). */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; what: string; key: ErrorWordingKey }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook or a zip archive', key: 'binary_zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel (.xls) workbook', key: 'binary_xls' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', key: 'binary_pdf' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive', key: 'binary_gzip' },
];
const ANY_BINARY = 'a binary file';

/** The wording of "NAME looks like WHAT, not a CSV file", by what binaryKind found. */
export function binaryWordingKey(what: string): ErrorWordingKey {
  return SIGNATURES.find((s) => s.what === what)?.key ?? 'binary_file';
}

/** What kind of non-text file the first bytes show, or null when they may be text in `encoding`. */
export function binaryKind(head: Uint8Array, encoding: Encoding): string | null {
  for (const { bytes, what } of SIGNATURES) {
    if (bytes.every((b, i) => head[i] === b)) return what;
  }
  // Only UTF-16 text holds NUL bytes.
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && head.subarray(0, 4096).includes(0)) {
    return ANY_BINARY;
  }
  return null;
}
