import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const scripts = fileURLToPath(new URL('../../scripts/', import.meta.url));
const FALLBACK_SENTENCE =
  'The Electron runtime is not installed on this machine (it could not be downloaded), ' +
  'so Segment Workbench is opening in browser mode instead.';
const temps: string[] = [];

/** A copy of the start scripts in a fake project root, with a stand-in for browser mode and optionally Electron. */
function fakeProject(options: { web?: string; electron?: string }): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-start-'));
  temps.push(root);
  fs.mkdirSync(path.join(root, 'scripts'));
  for (const name of ['start.mjs', 'electron-binary.mjs']) {
    fs.copyFileSync(path.join(scripts, name), path.join(root, 'scripts', name));
  }
  fs.writeFileSync(path.join(root, 'package.json'), '{"type":"module"}');
  fs.mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  if (options.web !== undefined) {
    fs.mkdirSync(path.join(root, 'dist', 'electron'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', 'electron', 'web.js'), options.web);
  }
  if (options.electron !== undefined) {
    const pkg = path.join(root, 'node_modules', 'electron');
    fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron');
    fs.mkdirSync(path.join(pkg, 'dist'));
    fs.writeFileSync(path.join(pkg, 'dist', 'electron'), options.electron, { mode: 0o755 });
  }
  return root;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(
  root: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  onStdout?: (child: ReturnType<typeof spawn>, text: string) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(child, stdout);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('scripts/start.mjs', () => {
  it('falls back to browser mode with one sentence, passing arguments and the exit code through', async () => {
    const root = fakeProject({ web: 'console.log("web", JSON.stringify(process.argv.slice(2))); process.exit(7);' });
    const run = await start(root, ['--port', '0']);
    expect(run).toEqual({ code: 7, stdout: `${FALLBACK_SENTENCE}\nweb ["--port","0"]\n`, stderr: '' });
  });

  it('says what to do when browser mode is not built either', async () => {
    const run = await start(fakeProject({}), []);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${FALLBACK_SENTENCE}\n`);
    expect(run.stderr).toBe(
      `Browser mode is not built yet (${path.join('dist', 'electron', 'web.js')} is missing): run "npm run build" first.\n`,
    );
  });

  it('passes a termination signal on to browser mode and exits as it does', async () => {
    const web =
      'process.on("SIGTERM", () => { console.log("stopping"); process.exit(5); }); console.log("ready"); setInterval(() => {}, 1000);';
    const root = fakeProject({ web });
    let sent = false;
    const run = await start(root, [], {}, (child, stdout) => {
      if (!sent && stdout.includes('ready')) {
        sent = true;
        child.kill('SIGTERM');
      }
    });
    expect(run).toEqual({ code: 5, stdout: `${FALLBACK_SENTENCE}\nready\nstopping\n`, stderr: '' });
  });

  it.skipIf(process.platform === 'win32')(
    'runs Electron on the project folder when its binary is installed',
    async () => {
      const electron = [
        '#!/bin/sh',
        'echo "electron $*"',
        '[ -z "$ELECTRON_RUN_AS_NODE" ] && echo "run-as-node unset"',
        'exit 3',
        '',
      ].join('\n');
      const root = fakeProject({ electron, web: 'console.log("web"); ' });
      const run = await start(root, ['demo.segwb'], { ELECTRON_RUN_AS_NODE: '1' });
      expect(run).toEqual({ code: 3, stdout: `electron ${root} demo.segwb\nrun-as-node unset\n`, stderr: '' });
    },
  );
});
