/**
 * One whole process of the side-by-side bench, timed from the outside: wall time including
 * start-up and module loading, and its peak RSS (through /usr/bin/time when the machine has it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ChildRun {
  seconds: number;
  /** MiB; null when /usr/bin/time is not there to measure it. */
  peakRssMB: number | null;
}

const TIME = '/usr/bin/time';

/** Runs command with args, its stdout into outFile; throws with the child's stderr when it fails. */
export function runChild(command: string, args: string[], outFile: string): ChildRun {
  const rssFile = path.join(path.dirname(outFile), 'peak-rss.txt');
  const measured = fs.existsSync(TIME);
  const [file, argv] = measured ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const out = fs.openSync(outFile, 'w');
  const start = performance.now();
  const child = spawnSync(file, argv, { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  fs.closeSync(out);
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${child.stderr || child.error}`);
  const kb = measured ? Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : Number.NaN;
  return { seconds, peakRssMB: Number.isFinite(kb) ? Math.round(kb / 1024) : null };
}
