/**
 * Options of the native file dialogs, as plain data (no Electron import) so they are unit-tested.
 */
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_EXTENSION } from '../core/db/projectFile.js';
import { ENGLISH, fill, type ShellStrings } from './strings.js';

const PROJECT_EXT = PROJECT_EXTENSION.slice(1); // dialogs want 'segwb', not '.segwb'

export interface FileFilter {
  name: string;
  extensions: string[];
}

export function projectFilters(appName: string, strings: ShellStrings = ENGLISH): FileFilter[] {
  return [{ name: fill(strings.dialogs.projectFilter, { app: appName }), extensions: [PROJECT_EXT] }];
}

/** What the renderer may pass as the suggested name of a file to save: a bare file name, no folders. */
export const DefaultFileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/.test(name) && name !== '.' && name !== '..', 'expected a file name without folders');

/** Filters for a save dialog, from the suggested name's extension (a CSV export offers CSV first). */
export function saveFilters(defaultName: string, appName: string, strings: ShellStrings = ENGLISH): FileFilter[] {
  const ext = path.extname(defaultName).slice(1).toLowerCase();
  const all: FileFilter = { name: strings.dialogs.allFilesFilter, extensions: ['*'] };
  if (ext === 'csv') return [{ name: strings.dialogs.csvFilter, extensions: ['csv'] }, all];
  // Only exports that can write a workbook suggest an .xlsx name.
  if (ext === 'xlsx') return [{ name: strings.dialogs.xlsxFilter, extensions: ['xlsx'] }, all];
  if (ext === PROJECT_EXT) return [...projectFilters(appName, strings), all];
  return [all];
}
