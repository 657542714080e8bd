/**
 * Reads a workbook off the main thread: in a worker when the engine is compiled, inline from
 * TypeScript sources (unit tests), as the import itself does (workerThread.ts).
 */
import { WorkbenchError, type WorkbenchErrorShape } from '../../../../../shared/errors.js';
import { compiledWorkerScript, startWorker } from '../../workerThread.js';
import { readWorkbook, type WorkbookRequest, type WorkbookResult } from './readWorkbook.js';

type WorkbookMessage = { type: 'done'; result: WorkbookResult } | { type: 'error'; error: WorkbenchErrorShape };

export function loadWorkbook(request: WorkbookRequest): Promise<WorkbookResult> {
  const script = compiledWorkerScript('./workbookWorker.js', import.meta.url);
  if (!script) return readWorkbook(request);
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = startWorker(script, request, `Reading ${request.name}`, (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    worker.on('message', (message: WorkbookMessage) => {
      settled = true;
      if (message.type === 'done') resolve(message.result);
      else reject(new WorkbenchError(message.error.code, message.error.message, message.error.details));
      void worker.terminate();
    });
  });
}
