/** A table no preset knows: its kind is the import's own guess from the data (sniff/kind.ts), with its reason. */
import { previewFile } from '../preview.js';
import type { SourceTable, TableKind } from './sourceModel.js';

export async function plainTable(csvPath: string, file: string, map: Record<string, string>): Promise<SourceTable> {
  return { label: file.replace(/\.[^.]+$/, ''), csvPath, map, links: [], ...(await plainKind(csvPath, map)) };
}

export async function plainKind(
  csvPath: string,
  map: Record<string, string>,
): Promise<{ kind: TableKind; kindReason: string; kindFrom: 'importer' }> {
  const preview = await previewFile(csvPath, { map });
  return { kind: preview.kind.value, kindReason: preview.kind.reason, kindFrom: 'importer' };
}
