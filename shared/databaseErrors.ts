/**
 * SQLite's refusals in words a user can act on. The engine's one error funnel (toErrorShape)
 * runs every thrown error through here, so no transport shows "database is locked" or
 * "UNIQUE constraint failed". Pure: reads only the error's code and message (better-sqlite3's
 * SqliteError), so the worker thread, the engine and the CLI share it.
 */
import type { WorkbenchErrorShape } from './errors.js';

/** Where the error happened, to name it: the project file and the file being imported. */
export interface ErrorPlace {
  project?: string;
  file?: string;
}

/** The most columns an import may store: SQLite's limit (2,000 per table) less room for our own. */
export const MAX_IMPORTED_COLUMNS = 1900;

const baseName = (p: string): string => p.split(/[\\/]/).pop() || p;

function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/** The user's shape of a SQLite error, or null when error is not one. */
export function databaseErrorShape(error: unknown, place: ErrorPlace = {}): WorkbenchErrorShape | null {
  const code = sqliteCode(error);
  if (!code) return null;
  const message = (error as Error).message;
  const project = place.project ? baseName(place.project) : 'the project';
  const projectDetails = place.project ? { details: { file: place.project } } : {};
  const file = place.file ? baseName(place.file) : null;
  if (code === 'SQLITE_FULL') {
    return {
      code: 'DISK_FULL',
      message: `The disk is full: ${project} could not be saved. Free some space on its drive and try again.`,
      ...projectDetails,
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      code: 'PROJECT_BUSY',
      message: `Another program is writing to this project (${project}): close it and try again.`,
      ...projectDetails,
    };
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return {
      code: 'READ_ONLY',
      message: `The project could not be saved because the folder is read-only (${project}): copy the project to a folder you can write to and open it from there.`,
      ...projectDetails,
    };
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return {
      code: 'CANNOT_OPEN',
      message: `${project} could not be created or opened: its folder cannot be reached or written to. Check that the folder exists and that you may write to it, or choose another.`,
      ...projectDetails,
    };
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return {
      code: 'CANNOT_OPEN',
      message: `Reading or writing ${project} failed (a disk or network drive error). Check the drive and try again; the last saved state is kept.`,
      ...projectDetails,
    };
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return {
      code: 'NOT_A_PROJECT',
      message: `${project} is damaged or is not a Segment Workbench project. Open a backup copy, or import the original data again.`,
      ...projectDetails,
    };
  }
  const fileDetails = place.file ? { details: { file: place.file } } : {};
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return {
      code: file ? 'IMPORT_FAILED' : 'INTERNAL',
      message: file
        ? `${file} could not be imported: two of its entries that must be unique clash. The project is unchanged; check the file for repeated ids or column names.`
        : 'The change could not be saved: it clashes with data already in the project. Nothing was changed.',
      ...fileDetails,
    };
  }
  if (code === 'SQLITE_TOOBIG') {
    return {
      code: file ? 'IMPORT_FAILED' : 'INTERNAL',
      message: `${file ?? 'A value'} holds a value too large to store (over 1 GB in one cell). Nothing was changed; split or shorten it.`,
      ...fileDetails,
    };
  }
  if (/too many columns/i.test(message)) {
    return {
      code: 'IMPORT_FAILED',
      message: `${file ?? 'This file'} has too many columns; a project can hold at most ${MAX_IMPORTED_COLUMNS.toLocaleString('en-US')}: remove columns you don't need or untick them in the preview.`,
      ...fileDetails,
    };
  }
  return { code: 'INTERNAL', message: `The project database refused the change (${code}). Nothing was changed.` };
}
