/**
 * The interface of the report bundle (renderer/src/report/buildReport.ts, built for Node by
 * vite.report.config.ts) as `segwb report` and browser mode load it: one function from an engine call
 * and a language to the report's HTML.
 */
import type { MethodName, Params, Result } from './api.js';
import type { UiLanguage } from './languages.js';

export type ApiCall = <M extends MethodName>(method: M, params: Params<M>) => Promise<Result<M>>;

export interface ReportOptions {
  /** Names of saved segments to cover (none: an empty list); default every saved segment. */
  segments?: readonly string[];
  /** "Now", for the report's header (tests pass a fixed one). */
  now?: Date;
}

export type BuildReportHtml = (call: ApiCall, lang: UiLanguage, options?: ReportOptions) => Promise<string>;

/** Thrown by the bundle when --segments names a segment the project does not have. */
export const MISSING_SEGMENTS_PREFIX = 'No saved segment is named';
