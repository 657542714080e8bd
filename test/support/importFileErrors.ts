/**
 * The engine's own errors for files it cannot take, produced for real: a workbook and a PDF given as CSV,
 * a path the system cannot open (a symlink loop: ELOOP, words the engine has no case for), a file that
 * is no events export, an unknown preset and a header that does not fit one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createProjectFile } from '../../electron/core/db/projectFile.js';
import { importEventsFile } from '../../electron/core/import/events/importEvents.js';
import { previewFile } from '../../electron/core/import/preview.js';
import { readSample } from '../../electron/core/import/sniff/sample.js';
import { findPreset } from '../../electron/core/import/sources/presets/presetRegistry.js';
import { type ErrorDetails, WorkbenchError } from '../../shared/errors.js';
import { tempDir } from './session.js';

export interface EngineError {
  message: string;
  details: ErrorDetails | undefined;
}

async function caught(run: () => unknown): Promise<EngineError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof WorkbenchError) return { message: error.message, details: error.details };
    throw error;
  }
  throw new Error('expected the engine to refuse');
}

/** The files the errors name, in a fresh folder. */
export function awkwardFiles(): { dir: string; workbook: string; pdf: string; loop: string; visits: string } {
  const dir = tempDir();
  const workbook = path.join(dir, 'book.csv');
  fs.writeFileSync(workbook, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
  const pdf = path.join(dir, 'scan.csv');
  fs.writeFileSync(pdf, '%PDF-1.7\n');
  const loop = path.join(dir, 'loop.csv');
  fs.symlinkSync(loop, loop);
  const visits = path.join(dir, 'visits.csv');
  fs.writeFileSync(visits, 'customer_id,order_date,product\nC1,2024-01-02,Mug\n');
  return { dir, workbook, pdf, loop, visits };
}

export async function fileErrors() {
  const files = awkwardFiles();
  const db = createProjectFile(path.join(files.dir, 'p.segwb'), '0.0.0-test');
  try {
    return {
      workbook: await caught(() => previewFile(files.workbook)),
      pdf: await caught(() => previewFile(files.pdf)),
      loop: await caught(() => readSample(files.loop)),
      notEvents: await caught(() => importEventsFile(db, files.visits)),
      unknownPreset: await caught(() => findPreset(['Email'], 'shopify')),
      misfit: await caught(() => findPreset(['Email'], 'olist_payments')),
    };
  } finally {
    db.close();
  }
}
