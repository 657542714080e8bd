/** Runs the compiled segwb CLI (bin/segwb.js over dist), building dist first when it lacks the rfm command. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../support/session.js';

const BIN = path.join(repoRoot, 'bin', 'segwb.js');

export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'cli', 'rfmCommand.js'))) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: repoRoot, stdio: 'inherit' });
  }
}

export function segwb(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SEGWB_STATE_DIR: cwd },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
