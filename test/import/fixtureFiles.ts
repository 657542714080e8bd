/** Every delimited text fixture (.csv, .tsv, .txt) under test/fixtures, for the differential tests. */
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

export function delimitedFixtures(folder = FIXTURES): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return delimitedFixtures(full);
    return /\.(csv|tsv|txt)$/i.test(entry.name) ? [full] : [];
  });
}
