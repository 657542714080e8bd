/**
 * The Pareto view's filters (within a segment, by a field): kept while the user switches views,
 * forgotten when another project opens.
 */
import type { SliceCreator } from '../store/types.js';

export interface ParetoSlice {
  /** The saved segment the analysis is limited to; null: all customers. */
  paretoSegmentId: number | null;
  /** The field whose values are ranked instead of customers; null: customers. */
  paretoBy: string | null;
  setParetoSegmentId(id: number | null): void;
  setParetoBy(key: string | null): void;
  forgetParetoFilters(): void;
}

export const createParetoSlice: SliceCreator<ParetoSlice> = (set) => ({
  paretoSegmentId: null,
  paretoBy: null,
  setParetoSegmentId: (paretoSegmentId) => set({ paretoSegmentId }),
  setParetoBy: (paretoBy) => set({ paretoBy }),
  forgetParetoFilters: () => set({ paretoSegmentId: null, paretoBy: null }),
});
