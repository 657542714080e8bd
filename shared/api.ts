/**
 * The contract between the renderer (or any client) and the engine.
 * Every method: a zod schema for its params (checked by both transports before a handler
 * runs) and the TypeScript type of its result. The engine's handler table implements it.
 */
import { z } from 'zod';
import { type AnalysisResults, analysisMethods } from './contract/analysis.js';
import { FilePath, IsoDate } from './contract/common.js';
import { type RfmResults, rfmMethods } from './contract/rfm.js';
import { type SegmentResults, segmentMethods } from './contract/segments.js';

export type {
  FieldProfile,
  LintWarning,
  RulePartCount,
  SegmentCounts,
  SegmentInfo,
  SegmentTemplate,
} from './contract/segments.js';
export { SegmentName } from './contract/segments.js';

import type { ImportPreview, ImportProgress, ImportReport } from './model/import.js';
import { ImportOptions, PreviewOverrides } from './model/import.js';
import type { DatasetKind, FieldType, Role } from './model/roles.js';

const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export interface AppInfo {
  version: string;
  /** How the app is running: inside Electron or served to a browser. */
  mode: 'electron' | 'web';
  /** Folder where new projects and the demo shop are created by default. */
  projectsDir: string;
}

export interface ProjectInfo {
  path: string;
  name: string;
  schemaVersion: number;
  createdAt: string;
  customers: number;
  orderLines: number;
  orders: number;
  /** The as-of date metrics are computed for (YYYY-MM-DD), null before any order is imported. */
  asOf: string | null;
  /** true when the as-of date was set by the user rather than derived from the data. */
  asOfIsSet: boolean;
  datasets: DatasetInfo[];
}

export interface DatasetInfo {
  id: number;
  kind: DatasetKind;
  fileName: string;
  fileSize: number;
  sha256: string;
  importedAt: string;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface FieldInfo {
  key: string;
  label: string;
  type: FieldType;
  role: Role | null;
  source: 'customers' | 'orders' | 'metrics';
}

/** One customer with its metrics, as the Data view and `segwb metrics` show it. */
export interface CustomerMetrics {
  customer_id: string;
  recency_days: number | null;
  frequency: number;
  monetary: number;
  aov: number | null;
  first_order: string | null;
  last_order: string | null;
  tenure_days: number | null;
}

export const MetricKey = z.enum([
  'customer_id',
  'recency_days',
  'frequency',
  'monetary',
  'aov',
  'first_order',
  'last_order',
  'tenure_days',
]);
export type MetricKey = z.infer<typeof MetricKey>;

export interface CustomerPage {
  total: number;
  offset: number;
  rows: CustomerMetrics[];
}

export interface ParetoSummary {
  customers: number;
  revenue: number;
  k80: number;
  share_for_80: number;
  top20_share: number;
  gini: number;
}

export interface ParetoChart {
  summary: ParetoSummary;
  /** Revenue per bar; a bar is one customer, or a bin of consecutive customers when there are many. */
  bars: Array<{ from: number; to: number; revenue: number; cumulativeShare: number }>;
}

export const methods = {
  'app/info': z.object({}).strict(),
  'project/create': z.object({ path: FilePath }).strict(),
  'project/open': z.object({ path: FilePath }).strict(),
  'project/close': z.object({}).strict(),
  'project/current': z.object({}).strict(),
  'project/recent': z.object({}).strict(),
  /** Creates the seeded demo shop as a new project and opens it. */
  'project/demo': z
    .object({
      path: FilePath.optional(),
      customers: z.number().int().min(10).max(2_000_000).optional(),
      seed: z.number().int().optional(),
    })
    .strict(),
  'import/preview': z.object({ path: FilePath, overrides: PreviewOverrides.optional() }).strict(),
  /** Imports a file into the open project; resolves with the report when the import has committed. */
  'import/run': z
    .object({
      jobId: JobId,
      path: FilePath,
      options: ImportOptions,
      /** Must be true to replace data of the same kind already in the project. */
      replace: z.boolean().default(false),
    })
    .strict(),
  'import/cancel': z.object({ jobId: JobId }).strict(),
  /** Writes the full list of rejected rows of a dataset as CSV. */
  'import/saveRejects': z.object({ datasetId: z.number().int().min(1), path: FilePath }).strict(),
  'fields/list': z.object({}).strict(),
  'metrics/setAsOf': z.object({ asOf: IsoDate.nullable() }).strict(),
  'customers/page': z
    .object({
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(5000),
      sort: z
        .object({ key: MetricKey, dir: z.enum(['asc', 'desc']) })
        .strict()
        .optional(),
    })
    .strict(),
  'pareto/get': z.object({ maxBars: z.number().int().min(10).max(2000).optional() }).strict(),
  ...segmentMethods,
  ...rfmMethods,
  ...analysisMethods,
} as const;

export type MethodName = keyof typeof methods;
export type Params<M extends MethodName> = z.input<(typeof methods)[M]>;
export type ParsedParams<M extends MethodName> = z.output<(typeof methods)[M]>;

export interface Results extends SegmentResults, RfmResults, AnalysisResults {
  'app/info': AppInfo;
  'project/create': ProjectInfo;
  'project/open': ProjectInfo;
  'project/close': null;
  'project/current': ProjectInfo | null;
  'project/recent': RecentProject[];
  'project/demo': ProjectInfo;
  'import/preview': ImportPreview;
  'import/run': ImportReport;
  'import/cancel': { cancelled: boolean };
  'import/saveRejects': { path: string; rows: number };
  'fields/list': FieldInfo[];
  'metrics/setAsOf': ProjectInfo;
  'customers/page': CustomerPage;
  'pareto/get': ParetoChart;
}
export type Result<M extends MethodName> = Results[M];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/** Events the engine pushes to clients. */
export interface Events {
  'import/progress': ImportProgress;
  /** The open project changed (opened, closed, re-imported, as-of date set). */
  'project/changed': ProjectInfo | null;
  /** A native menu command the renderer should carry out (Electron only). */
  'app/command': { command: 'new-project' | 'open-project' | 'import-file' | 'open-demo' | 'show-view'; view?: string };
}
export type EventName = keyof Events;

/** What a client calls; both transports implement it. */
export interface WorkbenchApi {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}
