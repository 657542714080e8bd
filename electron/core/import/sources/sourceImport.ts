/**
 * Today's single-file import behind the source layer: a file is opened as a source first, and
 * the table that is orders or customers is previewed and imported as the CSV it became, with the
 * roles the source layer knows as mappings. The report names the user's file (tempTables.ts).
 */
import fs from 'node:fs';
import { WorkbenchError } from '../../../../shared/errors.js';
import { worded } from '../../../../shared/errorWording.js';
import type { ImportPreview, PreviewOverrides, SourceSummary } from '../../../../shared/model/import.js';
import type { SingleFileKind } from '../../../../shared/model/roles.js';
import { previewFile } from '../preview.js';
import { fileSignature } from './fileSignature.js';
import { type OpenOptions, openSource } from './openSource.js';
import { findPreset } from './presets/presetRegistry.js';
import type { OpenedSource, SourceTable } from './sourceModel.js';
import { readCsvHeader } from './text/csvText.js';
import { isWhitespaceTable } from './text/openWhitespaceTable.js';

export async function previewSource(
  filePath: string,
  overrides: PreviewOverrides = {},
  options: OpenOptions = {},
): Promise<ImportPreview> {
  const source = await openSource(filePath, options);
  try {
    const table = importedTable(source);
    const single = singleFileKind(table);
    // The importer's own guess is redone here, with the user's overrides; a preset's is kept.
    const decided = overrides.kind === undefined && table.kindFrom !== 'importer';
    const preview = await previewFile(table.csvPath, {
      ...overrides,
      ...(decided && single ? { kind: single } : {}),
      map: { ...table.map, ...overrides.map },
    });
    const kind = decided ? decidedKind(preview.kind.value, table) : preview.kind;
    const alone = `${source.file} holds ${table.kind} (${table.kindReason}) Such a table is imported together with the files it links to, not on its own.`;
    const refusals = single ? preview.refusals : [alone, ...preview.refusals];
    const refusalWordings = single
      ? preview.refusalWordings
      : [
          worded('linked_table_alone', { name: source.file, kind: table.kind }).wording,
          ...(preview.refusalWordings ?? []),
        ];
    return {
      ...preview,
      file: { path: filePath, name: source.file, size: fs.statSync(filePath).size },
      kind,
      refusals,
      ...(refusalWordings ? { refusalWordings } : {}),
      source: summary(source, table),
    };
  } finally {
    source.cleanup();
  }
}

/** Runs `work` on the CSV the import reads for this file, then removes what the source layer wrote. */
export async function withImportedCsv<T>(
  filePath: string,
  options: OpenOptions,
  work: (csvPath: string) => Promise<T>,
): Promise<T> {
  // A plain CSV is imported as it is, and without a pause before the import starts: a page that
  // asks for the running import right after starting it must find it (import/running).
  if (isPlainDelimited(filePath, options)) return work(filePath);
  const source = await openSource(filePath, options);
  try {
    const table = importedTable(source);
    if (!singleFileKind(table)) {
      throw new WorkbenchError(
        'IMPORT_FAILED',
        `${source.file} holds ${table.kind}: such a table is imported together with the files it links to, not on its own.`,
        { file: filePath, ...worded('linked_table_alone', { name: source.file, kind: table.kind }) },
      );
    }
    return await work(table.csvPath);
  } finally {
    source.cleanup();
  }
}

/** No workbook, no whitespace-separated text, no preset: the file is what the CSV pipeline reads. */
function isPlainDelimited(filePath: string, options: OpenOptions): boolean {
  if (options.sheet !== undefined || options.preset !== undefined) return false;
  try {
    if (fileSignature(filePath) !== 'other' || isWhitespaceTable(filePath)) return false;
    const headers = readCsvHeader(filePath);
    return headers === null || findPreset(headers) === null;
  } catch {
    // A file that cannot be read: the import says why, in its own words.
    return true;
  }
}

/** The table today's import takes: the first that is orders or customers, else the first. */
function importedTable(source: OpenedSource): SourceTable {
  return source.tables.find((t) => singleFileKind(t) !== null) ?? (source.tables[0] as SourceTable);
}

/** The kind the source layer decided (a preset's, a headerless log's), with its reason and the reason's words. */
function decidedKind(value: SingleFileKind, table: SourceTable): ImportPreview['kind'] {
  const { kindReason: reason, kindReasonWording: reasonWording } = table;
  return { value, reason, ...(reasonWording ? { reasonWording } : {}) };
}

function singleFileKind(table: SourceTable): SingleFileKind | null {
  return table.kind === 'orders' || table.kind === 'customers' ? table.kind : null;
}

function summary(source: OpenedSource, imported: SourceTable): SourceSummary {
  return {
    format: source.format,
    sheet: source.sheet ?? null,
    sheets: source.sheets ?? [],
    preset: source.preset,
    tables: source.tables.map(({ label, kind, kindReason, kindReasonWording, map, links }) => ({
      label,
      kind,
      kindReason,
      ...(kindReasonWording ? { kindReasonWording } : {}),
      map,
      links,
    })),
    imported: imported.label,
  };
}
