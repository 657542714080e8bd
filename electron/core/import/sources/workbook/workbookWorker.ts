/** Worker-thread entry that reads a workbook (readWorkbook.ts) so the app stays responsive meanwhile. */
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorShape } from '../../../../../shared/errors.js';
import { readWorkbook, type WorkbookRequest } from './readWorkbook.js';

const request = workerData as WorkbookRequest;
readWorkbook(request).then(
  (result) => parentPort?.postMessage({ type: 'done', result }),
  (error: unknown) => parentPort?.postMessage({ type: 'error', error: toErrorShape(error, { file: request.file }) }),
);
