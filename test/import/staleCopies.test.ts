/** Copies left beside a project by killed imports are removed when it is opened or imported into. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleCopies } from '../../electron/core/import/write/staleCopies.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid as number;
}

/** A folder with a project's stale copy (dead PID, with side files) and copies that must stay. */
function folderWithCopies(): { dir: string; project: string; dead: number } {
  const dir = tempDir();
  dirs.push(dir);
  const dead = deadPid();
  const names = [
    `.p.segwb.${dead}.importing`,
    `.p.segwb.${dead}.importing-wal`,
    `.p.segwb.${dead}.importing-journal`,
    `.p.segwb.${process.pid}.importing`, // an import of this process, still running
    `.q.segwb.${dead}.importing`, // another project's
    `.p.segwb.${dead}.importing.bak`, // not a copy's name
    'notes.txt',
  ];
  for (const name of names) fs.writeFileSync(path.join(dir, name), 'x');
  return { dir, project: path.join(dir, 'p.segwb'), dead };
}

const KEPT = ['.p.segwb.DEAD.importing.bak', '.p.segwb.PID.importing', '.q.segwb.DEAD.importing', 'notes.txt'];

function left(dir: string, dead: number): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name !== 'p.segwb' && !name.startsWith('p.segwb-'))
    .map((name) => name.replace(String(dead), 'DEAD').replace(String(process.pid), 'PID'))
    .sort();
}

describe('stale import copies', () => {
  it('of processes that have ended are removed, with their side files; others stay', () => {
    const { dir, project, dead } = folderWithCopies();
    expect(removeStaleCopies(project).sort()).toEqual([
      `.p.segwb.${dead}.importing`,
      `.p.segwb.${dead}.importing-journal`,
      `.p.segwb.${dead}.importing-wal`,
    ]);
    expect(left(dir, dead)).toEqual(KEPT);
  });

  it('are removed when the project is opened', () => {
    const { dir, project, dead } = folderWithCopies();
    const session = newSession();
    session.create(project);
    session.close();
    fs.writeFileSync(path.join(dir, `.p.segwb.${dead}.importing`), 'x');
    session.open(project);
    session.close();
    expect(left(dir, dead)).toEqual(KEPT);
  });

  it('are removed when the project is imported into', async () => {
    const { dir, project, dead } = folderWithCopies();
    const session = newSession();
    session.create(project);
    fs.writeFileSync(path.join(dir, `.p.segwb.${dead}.importing`), 'x');
    await importFile(session, fixture('orders-small.csv'), { dateOrder: 'ymd' });
    session.close();
    expect(left(dir, dead)).toEqual(KEPT);
  });

  it('in a folder that does not exist: nothing to do', () => {
    expect(removeStaleCopies('/nonexistent-folder-segwb/p.segwb')).toEqual([]);
  });
});
