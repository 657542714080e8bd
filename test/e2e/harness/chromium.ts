/**
 * Finds a Chromium to drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium(-browser), then the
 * optional npm package @sparticuz/chromium (Linux x64). Never skips silently: no browser is an error.
 */
import fs from 'node:fs';

export interface ChromiumBinary {
  executablePath: string;
  /** Where it came from, for the test log. */
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  /** Flags the binary itself needs (only @sparticuz/chromium has any). */
  extraArgs: string[];
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const HOW_TO_INSTALL =
  'No Chromium found for the end-to-end tests. Install one: `apt-get install -y chromium` (Debian/Ubuntu, as root), ' +
  'or set CHROMIUM_PATH=/path/to/chromium, or `npm install --no-save @sparticuz/chromium` (Linux x64).';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export async function findChromium(env: Record<string, string | undefined> = process.env): Promise<ChromiumBinary> {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    // An explicit choice that does not work is an error, not a reason to try something else.
    if (!isExecutable(fromEnv))
      throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${HOW_TO_INSTALL}`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH', extraArgs: [] };
  }
  for (const candidate of SYSTEM_PATHS) {
    if (isExecutable(candidate)) return { executablePath: candidate, source: 'system', extraArgs: [] };
  }
  const packaged = await fromSparticuz();
  if (packaged) return packaged;
  throw new Error(HOW_TO_INSTALL);
}

interface SparticuzModule {
  executablePath(): Promise<string>;
  args: string[];
}

function isSparticuz(value: unknown): value is SparticuzModule {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.executablePath === 'function' && Array.isArray(v.args);
}

/** The package is optional and not a dependency: import it by a computed name so nothing requires it. */
async function fromSparticuz(): Promise<ChromiumBinary | null> {
  if (process.platform !== 'linux') return null;
  const name = '@sparticuz/chromium';
  let loaded: unknown;
  try {
    loaded = await import(name);
  } catch {
    return null; // not installed
  }
  const mod = (loaded as { default?: unknown }).default ?? loaded;
  if (!isSparticuz(mod)) return null;
  const executablePath = await mod.executablePath();
  const extraArgs = mod.args.filter((arg) => typeof arg === 'string');
  return { executablePath, source: '@sparticuz/chromium', extraArgs };
}
