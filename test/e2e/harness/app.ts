/**
 * Starts browser mode as a child process (the built dist/electron/web.js, exactly what `npm run web`
 * runs) against fresh temp folders, and reads its address from the line it prints.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseUrlLine } from '../../../electron/web/urlLine.js';
import { REPO_ROOT, WEB_ENTRY } from './paths.js';

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningApp {
  /** The address with its token, as printed. */
  url: string;
  origin: string;
  token: string;
  projectsDir: string;
  stateDir: string;
  /** The server process, for its peak memory (/proc/<pid>/status). */
  pid: number;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** SIGTERM, wait for exit, remove the temp folders; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface StartAppOptions {
  env?: Record<string, string>;
}

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  if (!fs.existsSync(WEB_ENTRY)) throw new Error(`${WEB_ENTRY} is missing: run npm run build first.`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-e2e-'));
  const projectsDir = path.join(root, 'projects');
  const stateDir = path.join(root, 'state');
  const child = spawn(process.execPath, [WEB_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      SEGWB_PROJECTS_DIR: projectsDir,
      SEGWB_STATE_DIR: stateDir,
      SEGWB_PORT: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  let url: string;
  try {
    url = await waitForUrl(child, exited, (chunk) => {
      output += chunk;
    });
  } catch (error) {
    child.kill('SIGKILL');
    fs.rmSync(root, { recursive: true, force: true });
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nOutput:\n${output}`);
  }
  const parsed = new URL(url);
  let stopping: Promise<number | null> | null = null;
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    projectsDir,
    stateDir,
    pid: child.pid ?? 0,
    output: () => output,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        const code = await exited;
        clearTimeout(timer);
        fs.rmSync(root, { recursive: true, force: true });
        return code;
      })();
      return stopping;
    },
  };
}

function waitForUrl(
  child: ChildProcess,
  exited: Promise<number | null>,
  record: (chunk: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let pending = '';
    const timer = setTimeout(
      () => reject(new Error(`Browser mode printed no address within ${START_TIMEOUT_MS / 1000} s.`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: string) => {
      record(chunk);
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const url = parseUrlLine(line);
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Browser mode exited (code ${code}) before printing its address.`));
    });
  });
}
