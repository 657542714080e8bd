/**
 * Where browser mode finds its own files (package.json, dist/renderer) and where it keeps the
 * user's (projects, app state). Works from the compiled dist/ and from the TypeScript sources.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { defaultProjectsFolder } from '../core/project/projectsFolder.js';

const APP_PACKAGE_NAME = 'segment-workbench';
const PackageJson = z.object({ name: z.string(), version: z.string() });

/** The repository (or installed package) folder: the nearest parent with our package.json. */
export function findAppRoot(fromUrl: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(fromUrl));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const parsed = PackageJson.safeParse(JSON.parse(fs.readFileSync(candidate, 'utf8')));
      if (parsed.success && parsed.data.name === APP_PACKAGE_NAME) return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${APP_PACKAGE_NAME} package.json above ${fromUrl}.`);
    dir = parent;
  }
}

export function readAppVersion(appRoot: string): string {
  return PackageJson.parse(JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8'))).version;
}

/** dist/renderer, or a clear error telling how to build it. */
export function rendererDir(appRoot: string): string {
  const dir = path.join(appRoot, 'dist', 'renderer');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`The renderer is not built (${dir}/index.html is missing). Run npm run build first.`);
  }
  return dir;
}

export type Env = Record<string, string | undefined>;

/** SEGWB_PROJECTS_DIR, else ~/Documents/Segment Workbench, else ~/Segment Workbench. */
export function defaultProjectsDir(env: Env = process.env, home: string = os.homedir()): string {
  if (env.SEGWB_PROJECTS_DIR) return path.resolve(env.SEGWB_PROJECTS_DIR);
  return defaultProjectsFolder(path.join(home, 'Documents'), home);
}

/** SEGWB_STATE_DIR, else ~/.segment-workbench. */
export function defaultStateDir(env: Env = process.env, home: string = os.homedir()): string {
  return env.SEGWB_STATE_DIR ? path.resolve(env.SEGWB_STATE_DIR) : path.join(home, '.segment-workbench');
}

/** SEGWB_PORT: unset or empty means 0 (any free port). */
export function portFromEnv(env: Env = process.env): number {
  const text = env.SEGWB_PORT?.trim();
  if (!text) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535)
    throw new Error(`SEGWB_PORT must be a port number (0-65535), not "${text}".`);
  return port;
}
