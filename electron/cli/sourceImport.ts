/**
 * segwb import --from URL --table T: the table is copied from the database (read only, streamed
 * through COPY) into a temporary CSV that the normal file import reads, so the report is a file
 * import's; it and the dataset's recorded source name the database and table instead of the
 * temporary file, which is removed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyTableToCsv } from '../core/sources/copyTable.js';
import { databaseTableName } from '../core/sources/datasetSource.js';
import { openSource } from '../core/sources/openSource.js';
import { say } from './words/say.js';

export async function fromSource(
  url: string,
  table: string,
  importFile: (file: string, named: { shown: string; recorded: string }) => Promise<number>,
): Promise<number> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-source-'));
  try {
    // A plain file name: the table's name may hold characters a path cannot.
    const file = path.join(folder, 'table.csv');
    const source = await openSource(url);
    let named: { shown: string; recorded: string };
    try {
      await copyTableToCsv(source, table, file);
      named = {
        shown: say('import.fromTable', { database: source.address.shown, table }),
        recorded: databaseTableName(source.address.shown, table),
      };
    } finally {
      await source.close();
    }
    return await importFile(file, named);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
