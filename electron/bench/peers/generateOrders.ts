/** The bench's seeded orders file, written by generate.js in a process of its own; returns its path. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function generateOrders(lines: number, dir: string): string {
  const script = fileURLToPath(new URL('../generate.js', import.meta.url));
  return execFileSync(process.execPath, [script, '--lines', String(lines), '--dir', dir], { encoding: 'utf8' }).trim();
}
