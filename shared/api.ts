/**
 * The contract between the renderer (or any client) and the engine.
 * Every method: a zod schema for its params (checked by both transports before a handler
 * runs) and the TypeScript type of its result. The engine's handler table implements it.
 */
import { z } from 'zod';
import { type AnalysisResults, analysisMethods } from './contract/analysis.js';
import { type RfmResults, rfmMethods } from './contract/rfm.js';
import type { ImportPreview, ImportProgress, ImportReport } from './model/import.js';
import { ImportOptions, PreviewOverrides } from './model/import.js';
import type { DatasetKind, FieldType, Role } from './model/roles.js';
import { Rule } from './model/rules.js';

const FilePath = z.string().min(1).max(4096);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
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

/** Size and value of a set of customers (exact interface of `segwb segment count --json`). */
export interface SegmentCounts {
  customers: number;
  revenue: number;
  /** customers / all customers (0..1). */
  share_customers: number;
  /** revenue / the revenue of all customers (0..1). */
  share_revenue: number;
}

export interface SegmentInfo {
  id: number;
  name: string;
  color: string | null;
  description: string | null;
  /** The workshop's "marketing strategy" note for this segment. */
  strategy: string | null;
  rule: Rule;
  createdAt: string;
  updatedAt: string;
  counts: SegmentCounts;
}

/** Live count of one node of a rule; path is the node's position ("" the root, "0.2" the 3rd child of the 1st). */
export interface RulePartCount {
  path: string;
  customers: number;
  revenue: number;
}

/** What the builder needs to offer a field's values: range, empties, and the commonest values with counts. */
export interface FieldProfile {
  key: string;
  source: 'customers' | 'orders' | 'metrics';
  type: FieldType;
  /** Customers (or order lines, for order fields) with a value / without one. */
  filled: number;
  empty: number;
  min: number | string | null;
  max: number | string | null;
  /** For category and text fields: values with their counts, commonest first (filtered by search). */
  values: Array<{ value: string; count: number }>;
}

export interface LintWarning {
  code: 'empty' | 'too_small' | 'never_matches' | 'identical' | 'overlap';
  message: string;
  /** The rule node concerned (see RulePartCount.path), when it is one node. */
  path?: string;
  /** Other saved segments concerned (identical or overlapping). */
  segmentIds?: number[];
}

export interface SegmentTemplate {
  id: string;
  base: string;
  name: string;
  description: string;
  rule: Rule;
  /** false when a field it needs is not in the project; reason says which. */
  enabled: boolean;
  reason: string | null;
}

export const SegmentName = z.string().trim().min(1).max(200);
const SegmentFields = {
  name: SegmentName,
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .nullable()
    .optional(),
  description: z.string().max(10_000).nullable().optional(),
  strategy: z.string().max(100_000).nullable().optional(),
  rule: Rule,
};

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
  'fields/profile': z
    .object({
      key: z.string().min(1).max(500),
      source: z.enum(['customers', 'orders', 'metrics']),
      search: z.string().max(500).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
  'segments/count': z.object({ rule: Rule }).strict(),
  'segments/countParts': z.object({ rule: Rule }).strict(),
  'segments/list': z.object({}).strict(),
  /** Creates a segment, or updates it when id is given. */
  'segments/save': z.object({ id: z.number().int().min(1).optional(), ...SegmentFields }).strict(),
  'segments/delete': z.object({ id: z.number().int().min(1) }).strict(),
  /** Undo of a delete: puts the segment back with its id. */
  'segments/restore': z.object({ id: z.number().int().min(1), ...SegmentFields }).strict(),
  'segments/duplicate': z.object({ id: z.number().int().min(1) }).strict(),
  'segments/lint': z
    .object({ rule: Rule, id: z.number().int().min(1).optional(), minSize: z.number().int().min(0).optional() })
    .strict(),
  'segments/templates': z.object({}).strict(),
  /** The project's minimum segment size for the linter: read it, or store a new one (minSize given). */
  'segments/lintMinSize': z.object({ minSize: z.number().int().min(0).max(100_000_000).optional() }).strict(),
  /** Writes the members of a saved segment as CSV. */
  'segments/export': z
    .object({
      id: z.number().int().min(1),
      path: FilePath,
      layout: z.enum(['columns', 'mailchimp']).default('columns'),
      /** Field keys to include (layout 'columns'); default: customer id, contact fields and metrics. */
      columns: z.array(z.string().min(1).max(500)).max(500).optional(),
      /** Start with a byte-order mark so Excel reads UTF-8. */
      bom: z.boolean().default(false),
    })
    .strict(),
  ...rfmMethods,
  ...analysisMethods,
} as const;

export type MethodName = keyof typeof methods;
export type Params<M extends MethodName> = z.input<(typeof methods)[M]>;
export type ParsedParams<M extends MethodName> = z.output<(typeof methods)[M]>;

export interface Results extends RfmResults, AnalysisResults {
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
  'fields/profile': FieldProfile;
  'segments/count': SegmentCounts;
  'segments/countParts': RulePartCount[];
  'segments/list': SegmentInfo[];
  'segments/save': SegmentInfo;
  'segments/delete': { deleted: SegmentInfo };
  'segments/restore': SegmentInfo;
  'segments/duplicate': SegmentInfo;
  'segments/lint': LintWarning[];
  'segments/templates': SegmentTemplate[];
  'segments/lintMinSize': { minSize: number };
  'segments/export': { path: string; rows: number };
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
