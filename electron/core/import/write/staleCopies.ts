/**
 * Copies left behind by imports that were killed (freshFile.ts): `.NAME.PID.importing` beside
 * the project, with SQLite's side files. A process that is gone will never finish or remove its
 * copy, and each may be as big as the project, so they are removed when the project is opened or
 * imported into. A copy whose process still runs (this one, or another app or CLI) is left alone.
 */
import fs from 'node:fs';
import path from 'node:path';

const SIDE_FILES = /^(?:-wal|-shm|-journal)?$/;

/** Removes the stale copies of this project; returns the names removed. Never throws. */
export function removeStaleCopies(projectPath: string): string[] {
  const folder = path.dirname(projectPath);
  const prefix = `.${path.basename(projectPath)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return []; // the project's own open reports a missing folder
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.importing(.*)$/.exec(name.slice(prefix.length));
    if (!match || !SIDE_FILES.test(match[2] as string)) continue;
    const pid = Number(match[1]);
    if (isRunning(pid)) continue;
    try {
      fs.rmSync(path.join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // Not ours to remove (permissions): it does no harm where it is.
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
