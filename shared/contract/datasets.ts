/**
 * Contract of the import history: the imports that can be undone, undo of the latest, and
 * clearing the kept data (issue "Every file a client hands over" §5). Merged into shared/api.ts.
 */
import { z } from 'zod';
import type { DatasetKind } from '../model/roles.js';
import type { ProjectInfo } from './project.js';

/** One import that can be undone: the data as it was before it is kept in the project. */
export interface ImportHistoryEntry {
  id: number;
  /** ISO time the import started. */
  at: string;
  /** Its files and kinds, e.g. "orders.csv (orders)". */
  label: string;
  /** The same, for a client to word in its own language. */
  files: Array<{ file: string; kind: DatasetKind }>;
}

export const datasetMethods = {
  /** The imports that can be undone, latest first. */
  'datasets/history': z.object({}).strict(),
  /** Restores the data as it was before the latest import; segments and settings are kept. */
  'datasets/undo': z.object({}).strict(),
  /** Forgets the kept data: the imports so far can no longer be undone, and the file shrinks. */
  'datasets/clearHistory': z.object({}).strict(),
} as const;

export interface DatasetResults {
  'datasets/history': ImportHistoryEntry[];
  'datasets/undo': { undone: ImportHistoryEntry; project: ProjectInfo };
  'datasets/clearHistory': { cleared: number };
}
