/**
 * Stage-worker entry: reads and converts one file of a set (stageRows.ts) while the import's
 * thread inserts the batches into the staging table, as the single-file import's parse worker
 * does. At most MAX_IN_FLIGHT batches un-acknowledged: a slow insert never lets rows pile up.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { StageMessage } from './stageProtocol.js';
import { readStageRows, type StageBatch, type StageReadSpec } from './stageRows.js';

const MAX_IN_FLIGHT = 4;

const spec = workerData as StageReadSpec;
const port = parentPort;

function post(message: StageMessage, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

function transferList(batch: StageBatch): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [batch.lines];
  for (const c of batch.columns) arrays.push(c.kind === 'number' ? c.values : c.ends);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

async function main(): Promise<void> {
  let inFlight = 0;
  let paused = false;
  const { reading, done } = readStageRows(
    spec,
    (batch) => {
      inFlight += 1;
      post({ type: 'batch', batch }, transferList(batch));
      if (inFlight >= MAX_IN_FLIGHT && !paused) {
        paused = true;
        reading.pause();
      }
    },
    () => false,
  );
  port?.on('message', () => {
    inFlight -= 1;
    if (paused && inFlight <= MAX_IN_FLIGHT / 2) {
      paused = false;
      reading.resume();
    }
  });
  post({ type: 'end', end: await done });
}

main().catch((error: unknown) => {
  const e = error instanceof Error ? (error as Error & { code?: unknown; details?: unknown }) : null;
  post({
    type: 'error',
    error: e
      ? { name: e.name, message: e.message, code: e.code, details: e.details }
      : { name: 'Error', message: String(error) },
  });
});
