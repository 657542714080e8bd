/** The Pareto analysis for the chosen segment and field; asked again when the project's data or date changes. */
import { useMemo } from 'react';
import { type AnalysisState, useAnalysis } from '../api/useAnalysis.js';
import { useStore } from '../store/index.js';

/** Bars the chart asks for: enough to show the shape, few enough to stay readable and fast. */
const PARETO_BARS = 100;

export function useParetoAnalysis(segmentId: number | null, by: string | null): AnalysisState<'analysis/pareto'> {
  const project = useStore((s) => s.project);
  const params = useMemo(
    () =>
      project
        ? {
            maxBars: PARETO_BARS,
            ...(segmentId !== null ? { segment: { id: segmentId } } : {}),
            ...(by !== null ? { by } : {}),
          }
        : null,
    [project, segmentId, by],
  );
  return useAnalysis('analysis/pareto', params);
}
