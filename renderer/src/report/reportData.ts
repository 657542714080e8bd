/**
 * Everything the report shows, asked of the engine through the contract: the same calls the views
 * make, so the report's numbers are the views' numbers. Used by the app's Report view (through the
 * renderer's api) and by `segwb report` (through the engine directly, in the bundle vite.report.config.ts
 * builds), which is why the caller hands in its own `call`.
 */
import type { CompareRow, OverlapResult, ParetoAnalysis, SegmentQuality } from '../../../shared/contract/analysis.js';
import { type MigrationResult, NEW_GROUP } from '../../../shared/contract/changes.js';
import type { FieldInfo } from '../../../shared/contract/customers.js';
import type { ProjectInfo } from '../../../shared/contract/project.js';
import type { RfmResult } from '../../../shared/contract/rfm.js';
import type { SegmentInfo } from '../../../shared/contract/segments.js';
import { type ApiCall, MISSING_SEGMENTS_PREFIX, type ReportOptions } from '../../../shared/report.js';

/** The overlap is shown for 2..8 segments, as in Compare. */
const OVERLAP_MAX = 8;
/** Migration looks back this many days from the as-of date (about six months). */
const MIGRATION_DAYS = 182;

export interface ReportData {
  project: ProjectInfo;
  /** When the report was made (ISO), shown in its header. */
  madeAt: string;
  fields: FieldInfo[];
  pareto: ParetoAnalysis;
  rfm: RfmResult;
  /** The saved segments the report covers, in the project's order. */
  segments: SegmentInfo[];
  /** Every saved segment, for the names an "in segment" condition refers to. */
  allSegments: SegmentInfo[];
  quality: SegmentQuality[];
  /** Everyone, then each segment; null without segments. */
  compare: CompareRow[] | null;
  overlap: OverlapResult | null;
  /** RFM migration over the last six months; null when the data has no history before then. */
  migration: MigrationResult | null;
}

export class ReportSegmentsError extends Error {
  constructor(readonly missing: string[]) {
    super(`${MISSING_SEGMENTS_PREFIX} ${missing.map((n) => `"${n}"`).join(', ')}.`);
  }
}

export async function gatherReport(call: ApiCall, options: ReportOptions = {}): Promise<ReportData> {
  const project = await call('project/current', {});
  if (!project) throw new Error('No project is open.');
  const allSegments = await call('segments/list', {});
  const segments = chooseSegments(allSegments, options.segments);
  const refs = segments.map((s) => ({ id: s.id }));
  const [fields, pareto, rfm, quality] = await Promise.all([
    call('fields/list', {}),
    call('analysis/pareto', { maxBars: 50, lorenzPoints: 50 }),
    call('rfm/compute', {}),
    segments.length > 0 ? call('analysis/quality', {}) : Promise.resolve([]),
  ]);
  const compare = segments.length > 0 ? await call('analysis/compare', { segments: [{ all: true }, ...refs] }) : null;
  const overlap =
    segments.length >= 2 && segments.length <= OVERLAP_MAX ? await call('analysis/overlap', { segments: refs }) : null;
  const chosen = new Set(segments.map((s) => s.id));
  return {
    project,
    madeAt: (options.now ?? new Date()).toISOString(),
    fields,
    pareto,
    rfm,
    segments,
    allSegments,
    quality: quality.filter((q) => chosen.has(q.id)),
    compare,
    overlap,
    migration: await recentMigration(call, project.asOf),
  };
}

function chooseSegments(all: SegmentInfo[], names: readonly string[] | undefined): SegmentInfo[] {
  if (names === undefined) return all;
  const fold = (name: string) => name.trim().toLocaleLowerCase();
  const wanted = new Set(names.map(fold));
  const missing = names.filter((n) => !all.some((s) => fold(s.name) === fold(n)));
  if (missing.length > 0) throw new ReportSegmentsError(missing);
  return all.filter((s) => wanted.has(fold(s.name)));
}

/** Who moved between RFM segments in the last six months, when customers were already scored then. */
async function recentMigration(call: ApiCall, asOf: string | null): Promise<MigrationResult | null> {
  if (!asOf) return null;
  const to = new Date(`${asOf}T00:00:00Z`);
  const from = new Date(to.getTime() - MIGRATION_DAYS * 86_400_000);
  const migration = await call('changes/migration', {
    by: 'rfm',
    from: from.toISOString().slice(0, 10),
    to: asOf,
  });
  return migration.cells.some((c) => c.from !== NEW_GROUP) ? migration : null;
}
