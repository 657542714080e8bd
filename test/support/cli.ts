/**
 * Runs the segwb CLI as users and scripts do: the package bin over the compiled engine (so the
 * import runs in its worker thread), with the recent list kept in the test's own folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './session.js';

const BIN = path.join(repoRoot, 'bin', 'segwb.js');

/** Builds dist when this checkout has not been built yet (npm test builds first; a lone vitest run may not). */
export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'cli.js'))) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: repoRoot, stdio: 'inherit' });
  }
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'report', 'buildReport.js'))) {
    execFileSync('npx', ['vite', 'build', '--config', 'vite.report.config.ts', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
}

export function segwb(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    // English unless a test asks for a language: the machine's own locale must not change the output.
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', SEGWB_STATE_DIR: cwd, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
