/** Which project file the app was asked to open on its command line (double-click, "Open with", second launch). */
import path from 'node:path';
import { PROJECT_EXTENSION } from '../core/db/projectFile.js';

/**
 * The .segwb file named on a command line (the last one wins), resolved against the folder the command ran in.
 * argv[0] is the executable; in development argv[1] is the app folder, which never ends in .segwb.
 */
export function projectFileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(PROJECT_EXTENSION)) return path.resolve(cwd, arg);
  }
  return null;
}
