/**
 * An analysis task on one thread, on a given connection: what the app does when it runs from
 * TypeScript sources (unit tests: no compiled worker script) and what the worker does for a fit.
 */
import { runClustering } from '../cluster/run.js';
import { clvSummary } from '../clv/clvSummary.js';
import { runClv } from '../clv/runClv.js';
import type { Db } from '../db/projectFile.js';
import type { AnalysisOutcome, AnalysisOutcomes, AnalysisStep, AnalysisTask } from './analysisTask.js';

export function runTaskHere<T extends AnalysisTask>(
  db: Db,
  task: T,
  onStep: (step: AnalysisStep) => void,
): AnalysisOutcome<T> {
  return runAny(db, task, onStep) as AnalysisOutcome<T>;
}

function runAny(
  db: Db,
  task: AnalysisTask,
  onStep: (step: AnalysisStep) => void,
): AnalysisOutcomes[AnalysisTask['kind']] {
  switch (task.kind) {
    case 'cluster':
      return toSave(runClustering(db, task.params, onStep));
    case 'clv':
      return runClv(db, task.options, onStep);
    case 'clvSummary':
      return clvSummary(db, task.options, onStep);
  }
}

/** Only what saving needs travels back from a worker (not the points, not the centroids). */
export function toSave(run: AnalysisOutcomes['cluster']): AnalysisOutcomes['cluster'] {
  return {
    result: run.result,
    data: { ids: run.data.ids, n: run.data.n },
    fit: { k: run.fit.k, labels: run.fit.labels },
  };
}
