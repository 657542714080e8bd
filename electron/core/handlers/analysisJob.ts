/**
 * Runs an analysis task as the open project's job, its progress sent as 'analysis/progress'
 * events. Each session has its own jobs (kept here, not in the Session, which the analysis code
 * itself depends on); closing the project stops them, since they would answer for a project no
 * longer open.
 */
import { AnalysisJobs } from '../jobs/analysisJobs.js';
import type { AnalysisOutcome, AnalysisTask } from '../jobs/analysisTask.js';
import type { Session } from '../session.js';
import type { HandlerContext } from './types.js';

const jobsOf = new WeakMap<Session, AnalysisJobs>();

export function sessionAnalyses(session: Session): AnalysisJobs {
  let jobs = jobsOf.get(session);
  if (!jobs) {
    const created = new AnalysisJobs();
    session.onClose(() => void created.cancelAll());
    jobsOf.set(session, created);
    jobs = created;
  }
  return jobs;
}

export function runAnalysisJob<T extends AnalysisTask>(
  ctx: HandlerContext,
  jobId: string | undefined,
  task: T,
): Promise<AnalysisOutcome<T>> {
  const project = ctx.session.requireProject();
  return sessionAnalyses(ctx.session).run({
    jobId,
    projectPath: project.path,
    db: project.db,
    task,
    onProgress: (step) => {
      if (jobId !== undefined) ctx.emit('analysis/progress', { jobId, ...step });
    },
  });
}
