/**
 * The demo shop: a project made on the spot from the seeded generator. Its CSV files go
 * through the same preview and import as a user's file, so the demo exercises the real path.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportProgress, ImportReport } from '../../../shared/model/import.js';
import type { OpenProject } from '../db/projectFile.js';
import { previewFile } from '../import/preview.js';
import type { Session } from '../session.js';
import type { DemoOptions } from './options.js';
import { writeDemoCsv } from './writeDemoCsv.js';

export const DEMO_FILE_NAME = 'Demo shop.segwb';

/** The generator's sizes and seed (defaults in options.ts), and where the project goes. */
export interface DemoProjectOptions extends DemoOptions {
  path: string;
  /** Also keep the generated customers.csv and orders.csv in this folder. */
  csvDir?: string;
  onProgress?(progress: ImportProgress): void;
}

export async function createDemoProject(
  session: Session,
  options: DemoProjectOptions,
): Promise<{ project: OpenProject; reports: ImportReport[] }> {
  const dir = options.csvDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-demo-'));
  try {
    const { customers, orderLines, seed } = options;
    const files = await writeDemoCsv(dir, { customers, orderLines, seed });
    const project = session.create(options.path);
    const reports: ImportReport[] = [];
    for (const file of [files.customersPath, files.ordersPath]) {
      const preview = await previewFile(file);
      reports.push(
        await session.imports.run({
          jobId: randomUUID(),
          projectPath: project.path,
          filePath: file,
          options: preview.options,
          replace: false,
          onProgress: options.onProgress ?? (() => {}),
        }),
      );
    }
    return { project, reports };
  } finally {
    if (!options.csvDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
