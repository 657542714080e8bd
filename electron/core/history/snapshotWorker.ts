/**
 * Worker-thread entry of the snapshot taken after an import (snapshotOffThread.ts): at 1M order
 * lines it takes ~0.5 s and far longer at 12M, time the main thread needs for the app's requests.
 * Then it keeps the entries the first views read (keptAfterImport.ts), which only pays off here: on
 * the main thread it would hold the requests as long as the first view building them would.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Db } from '../db/projectFile.js';
import { keepFirstViewColumns } from './keptAfterImport.js';
import { KEEPING_ENTRIES } from './snapshotOffThread.js';
import { snapshotAfterImport } from './snapshots.js';

const { projectPath, keepEntries } = workerData as { projectPath: string; keepEntries: boolean };
snapshotAfterImport(
  projectPath,
  keepEntries
    ? (db: Db) => {
        // The snapshot has committed: from here the main thread may end this worker (snapshotOffThread.ts).
        parentPort?.postMessage(KEEPING_ENTRIES);
        keepFirstViewColumns(db);
      }
    : undefined,
);
