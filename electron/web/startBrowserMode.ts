/**
 * Starts browser mode in this process: one engine (mode 'web') and the HTTP server in front of it.
 * Used by the electron/web.ts entry, scripts/start.mjs (when Electron cannot run) and tests.
 */
import fs from 'node:fs';
import { createEngine, type Engine } from '../core/engine.js';
import {
  defaultProjectsDir,
  defaultStateDir,
  type Env,
  findAppRoot,
  portFromEnv,
  readAppVersion,
  rendererDir,
} from './appPaths.js';
import { startWebServer } from './server.js';
import { maxUploadBytesFromEnv } from './uploads.js';

export interface BrowserModeOptions {
  /** Defaults from env SEGWB_PROJECTS_DIR / SEGWB_STATE_DIR / SEGWB_PORT, then the user's home. */
  projectsDir?: string;
  stateDir?: string;
  port?: number;
  /** Defaults to <app root>/dist/renderer (must be built). */
  staticDir?: string;
  appVersion?: string;
  env?: Env;
}

export interface BrowserMode {
  url: string;
  port: number;
  token: string;
  engine: Engine;
  projectsDir: string;
  stateDir: string;
  /**
   * Stops the server, then a running import and the work after it, then closes the open project.
   * Resolves false when an import is still inside a SQLite statement (Engine.stop): then only
   * ending the process at once is prompt. Safe to call twice.
   */
  close(): Promise<boolean>;
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserMode> {
  const env = options.env ?? process.env;
  const needsRoot = options.staticDir === undefined || options.appVersion === undefined;
  const appRoot = needsRoot ? findAppRoot() : '';
  const staticDir = options.staticDir ?? rendererDir(appRoot);
  const appVersion = options.appVersion ?? readAppVersion(appRoot);
  const projectsDir = options.projectsDir ?? defaultProjectsDir(env);
  const stateDir = options.stateDir ?? defaultStateDir(env);
  const port = options.port ?? portFromEnv(env);
  fs.mkdirSync(stateDir, { recursive: true });

  const engine = createEngine({ mode: 'web', appVersion, projectsDir, stateDir });
  let server: Awaited<ReturnType<typeof startWebServer>>;
  try {
    server = await startWebServer({ engine, staticDir, port, maxUploadBytes: maxUploadBytesFromEnv(env) });
  } catch (error) {
    engine.close();
    throw error;
  }
  let closing: Promise<boolean> | null = null;
  return {
    url: server.url,
    port: server.port,
    token: server.token,
    engine,
    projectsDir,
    stateDir,
    close() {
      closing ??= server.close().then(
        () => engine.stop(),
        () => engine.stop(),
      );
      return closing;
    },
  };
}
