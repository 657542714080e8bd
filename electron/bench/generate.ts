/**
 * Writes the seeded demo shop for one benchmark case, in a process of its own: the generator's
 * memory must not count towards the peak RSS the case measures for the import.
 *   node generate.js --lines 1000000 --dir /tmp/x   (prints the orders file's path)
 */
import { parseArgs } from 'node:util';
import { writeDemoCsv } from '../core/demo/writeDemoCsv.js';

const { values } = parseArgs({ options: { lines: { type: 'string' }, dir: { type: 'string' } } });
const files = await writeDemoCsv(values.dir as string, { orderLines: Number(values.lines), seed: 1 });
console.log(files.ordersPath);
