/**
 * Faults in a file's structure, as opposed to faults in one row: an unterminated quote turns the
 * rest of the file into one cell, and a file that changes while it is read is no one version of
 * itself. Rejecting rows would import a fragment and replace good data with it, so such a file
 * is refused as a whole. The error carries the WorkbenchError fields but is built without
 * shared/errors, which the parse worker must not load (see parseWorker); the import turns it
 * into a WorkbenchError (see parseFile).
 */
import path from 'node:path';

export type FileProblem = 'unterminated_quote' | 'line_too_long' | 'changed';

/** A line that has not ended after this much text is treated as broken (see readRows). */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

/** Raised by readRows; the line is only known to the row counting that reads its rows. */
export class BrokenFile extends Error {
  constructor(readonly problem: FileProblem) {
    super(`The file is broken: ${problem}`);
    this.name = 'BrokenFile';
  }
}

const UNCHANGED = 'Nothing was imported; the project is unchanged.';

/** The error an import fails with; `line` is where the broken row starts (1 = the first line). */
export function brokenFileError(
  problem: FileProblem,
  file: string,
  line: number,
): Error & { code: 'IMPORT_FAILED'; details: { file: string; line?: number } } {
  const name = path.basename(file);
  const megabytes = MAX_LINE_CHARS / (1024 * 1024);
  const message =
    problem === 'unterminated_quote'
      ? `${name}, line ${line}: a quote (") opens a field that is never closed, so the rest of the file would be read as one cell. ${UNCHANGED} Close or remove the quote and import again.`
      : problem === 'line_too_long'
        ? `${name}, line ${line}: the row that starts there runs on for more than ${megabytes} MB without ending (usually a quote that is never closed). ${UNCHANGED} Fix the file and import again.`
        : `${name} changed while it was being read (its size or modification time differs now). ${UNCHANGED} Wait until the file is completely written, then import again.`;
  const error = new Error(message) as Error & { code: 'IMPORT_FAILED'; details: { file: string; line?: number } };
  error.name = 'WorkbenchError';
  error.code = 'IMPORT_FAILED';
  error.details = problem === 'changed' ? { file } : { file, line };
  return error;
}
