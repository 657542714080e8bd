/** Messages between the import runner (main thread) and the worker of an import of several files. */
import type { WorkbenchErrorShape } from '../../../../shared/errors.js';
import type { ImportSetReport, SetChoices } from '../../../../shared/model/importSet.js';

export interface SetWorkerInput {
  projectPath: string;
  paths: string[];
  choices?: SetChoices;
  replace: boolean;
  /** Int32Array over it; index 0 set to 1 asks the import to stop and roll back. */
  cancelBuffer: SharedArrayBuffer;
}

export type SetWorkerMessage =
  | { type: 'done'; report: ImportSetReport }
  | { type: 'error'; error: WorkbenchErrorShape };
