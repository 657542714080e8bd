/**
 * Worker-thread entry of an analysis job: opens the project read-only on a connection of its own,
 * runs the task (a clustering on two threads where the machine has them), posts its progress, then
 * what saving needs or the result, or an error shape. Writing (cluster/save, clv/save) is left to
 * the engine's connection.
 */

import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { toErrorShape } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { registerRuleFunctions } from '../segments/sqlFunctions.js';
import type { AnalysisOutcomes, AnalysisStep, AnalysisWorkerInput } from './analysisTask.js';
import { clusterInParallel } from './parallelClustering.js';
import { runTaskHere, toSave } from './runTask.js';
import type { WorkerJobMessage } from './workerJob.js';

type Outcome = AnalysisOutcomes[keyof AnalysisOutcomes];

const input = workerData as AnalysisWorkerInput;
const post = (message: WorkerJobMessage<Outcome, AnalysisStep>) => parentPort?.postMessage(message);
const onStep = (progress: AnalysisStep) => post({ type: 'progress', progress });

async function run(): Promise<Outcome> {
  const db: Db = new Database(input.projectPath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    registerRuleFunctions(db);
    onStep({ phase: 'reading', done: 0, total: 1 });
    const { task } = input;
    if (task.kind === 'cluster') return toSave(await clusterInParallel(db, task.params, input.threads, onStep));
    return runTaskHere(db, task, onStep);
  } finally {
    db.close();
  }
}

run().then(
  (result) => post({ type: 'done', result }),
  (error: unknown) => post({ type: 'error', error: toErrorShape(error, { project: input.projectPath }) }),
);
