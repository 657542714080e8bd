/** A fresh project with an events file imported through importEventsFile, in one transaction. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../electron/core/db/projectFile.js';
import { runInTransaction } from '../../electron/core/db/transaction.js';
import { type EventsImportResult, importEventsFile } from '../../electron/core/import/events/importEvents.js';
import type { Session } from '../../electron/core/session.js';
import { newSession, tempDir } from '../support/session.js';

export function emptyProject(): { session: Session; db: Db } {
  const dir = tempDir();
  const session = newSession(dir);
  session.create(path.join(dir, 'events.segwb'));
  return { session, db: session.requireProject().db };
}

export async function importEvents(db: Db, file: string): Promise<EventsImportResult> {
  return runInTransaction(db, () => importEventsFile(db, file, { replace: true }));
}

/** A file's size and SHA-256, as an import records them. */
export function fileFacts(file: string): { bytes: number; sha256: string } {
  const data = fs.readFileSync(file);
  return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}
