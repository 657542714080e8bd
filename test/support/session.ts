/** Test helpers: temporary folders, a session on them, and imports through the real runner. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { previewFile } from '../../electron/core/import/preview.js';
import { Session } from '../../electron/core/session.js';
import type { ImportReport, PreviewOverrides } from '../../shared/model/import.js';

export const repoRoot = process.cwd();
export const sharedData = (name: string) => path.resolve(repoRoot, '..', 'shared', 'data', name);
export const fixture = (name: string) => path.resolve(repoRoot, 'test', 'fixtures', name);

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-test-'));
}

export function newSession(dir = tempDir()): Session {
  return new Session({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
}

export async function importFile(
  session: Session,
  file: string,
  overrides?: PreviewOverrides,
  replace = false,
): Promise<ImportReport> {
  const project = session.requireProject();
  const preview = await previewFile(file, overrides);
  return session.imports.run({
    jobId: randomUUID(),
    projectPath: project.path,
    filePath: file,
    options: preview.options,
    replace,
    onProgress: () => {},
  });
}
