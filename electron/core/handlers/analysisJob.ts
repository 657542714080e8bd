/** Runs an analysis task as the open project's job, its progress sent as 'analysis/progress' events. */
import type { AnalysisOutcome, AnalysisTask } from '../jobs/analysisTask.js';
import type { HandlerContext } from './types.js';

export function runAnalysisJob<T extends AnalysisTask>(
  ctx: HandlerContext,
  jobId: string | undefined,
  task: T,
): Promise<AnalysisOutcome<T>> {
  const project = ctx.session.requireProject();
  return ctx.session.analyses.run({
    jobId,
    projectPath: project.path,
    db: project.db,
    task,
    onProgress: (step) => {
      if (jobId !== undefined) ctx.emit('analysis/progress', { jobId, ...step });
    },
  });
}
