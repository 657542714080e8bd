/**
 * electron-builder.yml cannot be exercised here (packaging downloads the Electron runtime), so check what can be:
 * electron-builder accepts it, and the packages it leaves out of the app are never loaded by the main process.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const configFile = path.join(root, 'electron-builder.yml');

interface BuilderConfig {
  appId: string;
  /** electron-builder normalises the list to [{ filter: [...] }]. */
  files: Array<string | { filter?: string[] }>;
  asarUnpack: string[];
  fileAssociations: Array<{ ext: string }>;
  electronFuses?: Record<string, boolean>;
}

/** electron-builder's own loader and schema check (the internal path is pinned with electron-builder 26.17.0). */
async function loadAndValidate(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util/out/DebugLogger.js');
  const config = await getConfig(root, configFile, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(c|m)?ts$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    const config = await loadAndValidate();
    expect(config.appId).toBe('app.segmentworkbench.desktop');
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['segwb']);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('flips the Electron fuses that shut the doors a packaged app does not need', async () => {
    const config = await loadAndValidate();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      // The renderer is loaded with loadFile (file://): its module scripts need these privileges.
      grantFileProtocolExtraPrivileges: true,
    });
    expect(fs.readFileSync(path.join(root, 'electron', 'app', 'window.ts'), 'utf8')).toContain('loadFile(');
  });

  it('leaves out only packages that the main process, the engine and shared code never import', async () => {
    const config = await loadAndValidate();
    const patterns = config.files.flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
    const exclusion = patterns.find((pattern) => pattern.startsWith('!node_modules/{'));
    const excluded = exclusion?.match(/^!node_modules\/\{([^}]+)\}\/\*\*$/)?.[1]?.split(',') ?? [];
    expect(excluded).toContain('echarts');
    const offenders: string[] = [];
    for (const file of [...sourceFiles(path.join(root, 'electron')), ...sourceFiles(path.join(root, 'shared'))]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)'([^'.][^']*)'/g)) {
        const specifier = match[1] ?? '';
        const name = specifier.split('/')[0]; // a scope ('@tanstack') or a package name
        if (name && excluded.includes(name)) offenders.push(`${path.relative(root, file)} imports ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
