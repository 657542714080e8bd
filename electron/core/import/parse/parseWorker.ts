/**
 * Parse-worker entry: reads, parses and encodes the file while the import's thread inserts
 * ("parse in a worker while the other thread inserts", DESIGN Performance notes). Batches go
 * out as transferred buffers; at most MAX_IN_FLIGHT un-acked batches, so a slow disk or a slow
 * insert never lets parsed rows pile up in memory.
 * It imports nothing that loads zod (shared/errors, layout): that alone took ~85 ms to start.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { loadCustomerKeys } from './customerKeys.js';
import { encodeFile, newBatchPool, type ParsedFile } from './encodeFile.js';
import type { ParseError, ParseMessage, ParseWorkerInput } from './parseProtocol.js';
import { type RowBatch, transferList } from './rowBatch.js';

const MAX_IN_FLIGHT = 4;

const input = workerData as ParseWorkerInput;
const cancelFlag = new Int32Array(input.cancelBuffer);
const port = parentPort;

function post(message: ParseMessage, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

async function main(): Promise<void> {
  // The import holds the write transaction, but has not touched customers yet: a reader sees
  // the same customers it would.
  const db = new Database(input.projectPath, { readonly: true, fileMustExist: true });
  let customers: ReturnType<typeof loadCustomerKeys>;
  try {
    customers = loadCustomerKeys(db);
  } finally {
    db.close();
  }
  let inFlight = 0;
  let paused = false;
  const job = {
    filePath: input.filePath,
    options: input.options,
    layout: input.layout,
    isCancelled: () => Atomics.load(cancelFlag, 0) === 1,
  };
  const pool = newBatchPool(job);
  const { reading, done } = encodeFile(job, customers, pool, (batch) => {
    inFlight += 1;
    post({ type: 'batch', batch }, transferList(batch));
    if (inFlight >= MAX_IN_FLIGHT && !paused) {
      paused = true;
      reading.pause();
    }
  });
  port?.on('message', (written: RowBatch) => {
    pool.give(written);
    inFlight -= 1;
    if (paused && inFlight <= MAX_IN_FLIGHT / 2) {
      paused = false;
      reading.resume();
    }
  });
  const parsed = await done;
  post({ type: 'end', parsed }, endTransferList(parsed));
}

function describeError(error: unknown): ParseError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, details } = error as Error & { code?: unknown; details?: unknown };
  return { name: error.name, message: error.message, code, details };
}

/** The big arrays of the final message, moved rather than copied. */
function endTransferList(parsed: ParsedFile): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [];
  const t = parsed.totals;
  if (t) arrays.push(t.customer, t.frequency, t.monetary, t.firstDay, t.lastDay);
  const r = parsed.reopened;
  if (r) arrays.push(r.ref, r.day, r.amount);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

// Started early; reads nothing before the import has begun its transaction and says 'go'.
port?.once('message', () => {
  main().catch((error: unknown) => post({ type: 'error', error: describeError(error) }));
});
