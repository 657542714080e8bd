/**
 * segwb migrate: who moved from which segment to which between two dates (issue 10 §1), exact
 * JSON: {from, to, cells: [{from, to, customers, revenue}]}.
 */

import type { MigrationParams } from '../../shared/contract/changes.js';
import { RfmBins, RfmSchemeName } from '../../shared/contract/rfm.js';
import { refByName } from '../core/analysis/segmentRefs.js';
import type { Db } from '../core/db/projectFile.js';
import { isoToDay } from '../core/metrics/days.js';
import { foldName } from '../core/segments/names.js';
import { storedSegments } from '../core/segments/store.js';
import { optionalInt, type Parsed, parse, requireString, UsageError } from './args.js';
import { splitNames } from './compareCommand.js';
import { cliEngine, invoke, openProject } from './session.js';
import { columns, num, say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const migrateUsage = `Usage: segwb migrate --project P.segwb --from YYYY-MM-DD --to YYYY-MM-DD --by rfm|segments
                     [--scheme rfm-classic|rf-grid] [--bins 5] [--segments A,B,...] [--json]
  Customers and the net revenue of their orders dated in [from, to), per pair of the segment a
  customer was in at the start of day "from" and the one at the start of day "to".
  --by rfm        RFM segments as "segwb rfm" names them, each date scored with its own breaks
  --scheme S      rfm-classic (default) or rf-grid;  --bins N  3, 4 or 5 (default 5)
  --by segments   saved segments (--segments A,B,...): a customer in several is counted in each
                  pair; "(none)" holds those in no listed segment
  Counted: the customers with a positive order before "to". Those without one before "from" are
  in "(new)", which is a "from" group only (at "to" everyone counted has a segment or "(none)").
  Customers with no positive order before "to" appear nowhere. Only non-empty cells are listed.`;

export async function migrateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    by: { type: 'string' },
    scheme: { type: 'string' },
    bins: { type: 'string' },
    segments: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(usageText('migrate', migrateUsage));
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(say('common.unexpected', { value: String(positionals[0]) }));
  const project = requireString(values, 'project');
  const from = requireString(values, 'from');
  const to = requireString(values, 'to');
  const by = requireString(values, 'by');
  if (by !== 'rfm' && by !== 'segments') throw new UsageError(say('usage.by', { value: by }));
  if (isoToDay(from) >= isoToDay(to)) {
    throw new UsageError(say('usage.fromBeforeTo', { from, to }), false);
  }
  if (by === 'rfm' && values.segments !== undefined) throw new UsageError(say('usage.segmentsWithBy'));
  if (by === 'segments' && (values.scheme !== undefined || values.bins !== undefined)) {
    throw new UsageError(say('usage.schemeWithRfm'));
  }
  const rfm = by === 'rfm' ? rfmOptions(values) : null;
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const db = engine.session.requireProject().db;
    const params: MigrationParams = rfm
      ? { by: 'rfm', from, to, ...rfm }
      : { by: 'segments', from, to, segments: segmentIds(db, requireString(values, 'segments')) };
    const result = await invoke(engine, 'changes/migration', params);
    if (values.json) console.log(JSON.stringify({ from: result.from, to: result.to, cells: result.cells }));
    else {
      console.log(columns('from', 'to', 'customers', 'revenue'));
      for (const c of result.cells) console.log([c.from, c.to, num(c.customers), num(c.revenue)].join('\t'));
    }
    return 0;
  } finally {
    engine.close();
  }
}

function rfmOptions(values: Parsed['values']): Pick<Extract<MigrationParams, { by: 'rfm' }>, 'scheme' | 'bins'> {
  const bins = RfmBins.safeParse(optionalInt(values, 'bins') ?? 5);
  if (!bins.success) throw new UsageError(say('rfm.bins', { value: String(values.bins) }));
  const scheme = RfmSchemeName.exclude(['custom']).safeParse(values.scheme ?? 'rfm-classic');
  if (!scheme.success) throw new UsageError(say('rfm.scheme', { value: String(values.scheme) }));
  return { scheme: scheme.data, bins: bins.data };
}

/** Saved segments by name (any case; a name holding commas is kept whole, as segwb compare does). */
function segmentIds(db: Db, list: string): number[] {
  const known = new Set(storedSegments(db).map((s) => foldName(s.name)));
  return splitNames(list, known).map((name) => {
    const ref = refByName(db, name);
    if (!('id' in ref)) throw new UsageError(say('usage.notSaved', { name }), false);
    return ref.id;
  });
}
