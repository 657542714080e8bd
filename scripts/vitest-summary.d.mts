/** Types for scripts/vitest-summary.mjs (imported by its tests). */
export interface VitestSummary {
  passed: number;
  failed: number;
  problems: string[];
}
export declare function summariseReports(files: string[]): VitestSummary;
export declare function summaryLine(summary: Pick<VitestSummary, 'passed' | 'failed'>): string;
