/**
 * Writes the seeded demo shop as three linked files for the multi-file benchmark case, in a process of
 * its own (its memory must not count towards the case's peak RSS).
 *   node generateSet.js --lines 1000000 --dir /tmp/x   (prints the three paths as JSON)
 */
import { parseArgs } from 'node:util';
import { writeSetCsv } from './setFiles.js';

const { values } = parseArgs({ options: { lines: { type: 'string' }, dir: { type: 'string' } } });
const files = await writeSetCsv(values.dir as string, { orderLines: Number(values.lines), seed: 1 });
console.log(JSON.stringify(files));
