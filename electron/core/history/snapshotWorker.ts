/**
 * Worker-thread entry of the snapshot taken after an import (snapshotOffThread.ts): at 1M order
 * lines it takes ~0.5 s and far longer at 12M, time the main thread needs for the app's requests.
 */
import { workerData } from 'node:worker_threads';
import { snapshotAfterImport } from './snapshots.js';

snapshotAfterImport((workerData as { projectPath: string }).projectPath);
