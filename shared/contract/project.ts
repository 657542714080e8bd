/**
 * Contract of the app and project methods: what the app is, creating, opening and closing a
 * project file, the recent list and the demo shop. Composed into shared/api.ts.
 */
import { z } from 'zod';
import type { DatasetKind } from '../model/roles.js';
import { FilePath } from './common.js';

export interface AppInfo {
  version: string;
  /** How the app is running: inside Electron or served to a browser. */
  mode: 'electron' | 'web';
  /** Folder where new projects and the demo shop are created by default. */
  projectsDir: string;
}

export interface ProjectInfo {
  path: string;
  name: string;
  schemaVersion: number;
  createdAt: string;
  customers: number;
  orderLines: number;
  orders: number;
  /**
   * Total revenue: every order amount dated before the as-of date, net of returns. The one
   * definition every view's revenue shares are taken of; other populations are named where shown.
   */
  revenue: number;
  /** The as-of date metrics are computed for (YYYY-MM-DD), null before any order is imported. */
  asOf: string | null;
  /** true when the as-of date was set by the user rather than derived from the data. */
  asOfIsSet: boolean;
  datasets: DatasetInfo[];
}

export interface DatasetInfo {
  id: number;
  kind: DatasetKind;
  fileName: string;
  fileSize: number;
  sha256: string;
  importedAt: string;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export const projectMethods = {
  'app/info': z.object({}).strict(),
  'project/create': z
    .object({
      path: FilePath,
      /**
       * Created just for the import that follows: it gets no recent entry until that import has
       * committed, and is removed again (file, -wal, -shm) when the import fails or is cancelled.
       */
      forImport: z.boolean().optional(),
    })
    .strict(),
  'project/open': z.object({ path: FilePath }).strict(),
  'project/close': z.object({}).strict(),
  'project/current': z.object({}).strict(),
  'project/recent': z.object({}).strict(),
  /** Creates the seeded demo shop as a new project and opens it. */
  'project/demo': z
    .object({
      path: FilePath.optional(),
      customers: z.number().int().min(10).max(2_000_000).optional(),
      seed: z.number().int().optional(),
    })
    .strict(),
} as const;

export interface ProjectResults {
  'app/info': AppInfo;
  'project/create': ProjectInfo;
  'project/open': ProjectInfo;
  'project/close': null;
  'project/current': ProjectInfo | null;
  'project/recent': RecentProject[];
  'project/demo': ProjectInfo;
}

export interface ProjectEvents {
  /** The open project changed (opened, closed, re-imported, as-of date set). */
  'project/changed': ProjectInfo | null;
  /** A native menu command the renderer should carry out (Electron only); `language` with 'set-language'. */
  'app/command': {
    command: 'new-project' | 'open-project' | 'import-file' | 'open-demo' | 'show-view' | 'set-language';
    view?: string;
    language?: string;
  };
}
