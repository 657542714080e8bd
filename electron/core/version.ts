/** The app version, read once from package.json (two folders above the compiled or source file). */
import fs from 'node:fs';

let cached: string | null = null;

export function appVersion(): string {
  if (cached) return cached;
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'segment-workbench' && pkg.version) {
        cached = pkg.version;
        return cached;
      }
    } catch {
      // try the next location
    }
  }
  cached = '0.0.0';
  return cached;
}
