/** segwb segment count --source URL --rule FILE.json [--json]: the count runs on the database. */
import path from 'node:path';
import type { SegmentCounts } from '../../shared/api.js';
import { readRuleFile } from '../core/segments/ruleFile.js';
import { openSource } from '../core/sources/openSource.js';
import { countOnSource, readSourceAsOf } from '../core/sources/sourceCount.js';
import { readSourceTables } from '../core/sources/sourceTables.js';
import { type Parsed, requireString } from './args.js';
import { optionalAsOfDay } from './warehouseOptions.js';
import { say } from './words/say.js';

export async function countOnSourceCommand(
  values: Parsed['values'],
  aboutFile: <T>(file: string, rule: ReturnType<typeof readRuleFile>, work: Promise<T>) => Promise<T>,
  print: (counts: SegmentCounts, json: boolean) => string,
): Promise<void> {
  const file = requireString(values, 'rule');
  const rule = readRuleFile(path.resolve(file));
  const source = await openSource(requireString(values, 'source'));
  try {
    const tables = await readSourceTables(source);
    const given = optionalAsOfDay(values);
    const asOf = given === undefined ? await readSourceAsOf(source, tables) : given;
    const counts = await aboutFile(file, rule, countOnSource(source, tables, rule, asOf));
    const { ms, ...shape } = counts;
    if (values.json) console.log(print(shape, true));
    else console.log(say('segment.countedOn', { counts: print(shape, false), database: source.address.shown, ms }));
  } finally {
    await source.close();
  }
}
