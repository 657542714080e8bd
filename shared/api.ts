/**
 * The contract between the renderer (or any client) and the engine, composed from one file per
 * domain in shared/contract/. Every method: a zod schema for its params (checked by both transports
 * before a handler runs) and the TypeScript type of its result. The engine's handler table
 * (electron/core/handlers) implements it, one handler file per domain file here.
 *
 * This file only composes: a new method goes into its domain's contract file.
 */
import type { z } from 'zod';
import { type AnalysisResults, analysisMethods } from './contract/analysis.js';
import { type ChangesResults, changesMethods } from './contract/changes.js';
import { type ClusterResults, clusterMethods } from './contract/cluster.js';
import { type ClvResults, clvMethods } from './contract/clv.js';
import { type CustomerResults, customerMethods } from './contract/customers.js';
import { type DatasetResults, datasetMethods } from './contract/datasets.js';
import { type HistoryResults, historyMethods } from './contract/history.js';
import { type ImportEvents, type ImportResults, importMethods } from './contract/import.js';
import { type JobEvents, type JobResults, jobMethods } from './contract/jobs.js';
import { type ProjectEvents, type ProjectResults, projectMethods } from './contract/project.js';
import { type ReportResults, reportMethods } from './contract/report.js';
import { type RfmResults, rfmMethods } from './contract/rfm.js';
import { type SegmentResults, segmentMethods } from './contract/segments.js';
import { type SourceResults, sourceMethods } from './contract/sources.js';
import { type WorkshopResults, workshopMethods } from './contract/workshop.js';

export type { ParetoChart, ParetoSummary } from './contract/analysis.js';
export type {
  BgNbdFit,
  ClvBin,
  ClvCustomer,
  ClvHoldout,
  ClvOptions,
  ClvResult,
  ClvSegmentRow,
  ClvSummary,
  ClvUnit,
  ClvWarning,
  GammaGammaFit,
  HoldoutFrequencyRow,
  SavedClvFit,
} from './contract/clv.js';
export type {
  CustomerColumn,
  CustomerDetail,
  CustomerMetrics,
  CustomerOrder,
  CustomerPage,
  CustomerRow,
  CustomerValue,
  FieldInfo,
} from './contract/customers.js';
export { MAX_PANEL_ORDERS, MetricKey } from './contract/customers.js';
export type { ImportHistoryEntry } from './contract/datasets.js';
export type { AnalysisPhase, AnalysisProgress } from './contract/jobs.js';
export type { AppInfo, DatasetInfo, ProjectInfo, RecentProject } from './contract/project.js';
export type {
  FieldProfile,
  LintWarning,
  RulePartCount,
  SegmentCounts,
  SegmentInfo,
  SegmentTemplate,
  TemplateWords,
} from './contract/segments.js';
export type { SourceCounts, SourceInfo } from './contract/sources.js';

export const methods = {
  ...projectMethods,
  ...importMethods,
  ...datasetMethods,
  ...customerMethods,
  ...segmentMethods,
  ...rfmMethods,
  ...analysisMethods,
  ...clusterMethods,
  ...clvMethods,
  ...jobMethods,
  ...changesMethods,
  ...workshopMethods,
  ...reportMethods,
  ...historyMethods,
  ...sourceMethods,
} as const;

export type MethodName = keyof typeof methods;
export type Params<M extends MethodName> = z.input<(typeof methods)[M]>;
export type ParsedParams<M extends MethodName> = z.output<(typeof methods)[M]>;

export interface Results
  extends ProjectResults,
    ImportResults,
    DatasetResults,
    CustomerResults,
    SegmentResults,
    RfmResults,
    AnalysisResults,
    ClusterResults,
    ClvResults,
    JobResults,
    ChangesResults,
    WorkshopResults,
    ReportResults,
    HistoryResults,
    SourceResults {}
export type Result<M extends MethodName> = Results[M];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/** Events the engine pushes to clients. */
export interface Events extends ImportEvents, ProjectEvents, JobEvents {}
export type EventName = keyof Events;

/** What a client calls; both transports implement it. */
export interface WorkbenchApi {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}
