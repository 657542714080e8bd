/** Runs firstAnswer.ts in a child process (a fresh process per sample: nothing warm but the OS's file cache). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FirstAnswer } from './firstAnswer.js';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'firstAnswer.js');

export function firstAnswer(
  file: string,
  view: string,
  options: { refs?: number[]; drop?: boolean } = {},
): FirstAnswer {
  const args = [SCRIPT, '--file', file, '--view', view];
  if (options.refs) args.push('--refs', options.refs.join(','));
  if (options.drop) args.push('--drop');
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() as string) as FirstAnswer;
}
