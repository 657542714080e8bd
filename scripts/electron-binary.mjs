/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but never downloads it:
 * requiring 'electron' (or running `npx electron`) starts a download when the binary is missing, and
 * on machines without internet that fails. Returns null when there is no runnable binary.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where electron's install.js puts the executable inside its dist folder, per platform. */
export function platformExecutable(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

export function findElectronBinary(root, env = process.env, platform = process.platform) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  // path.txt is written by install.js after a successful download; it names the executable inside dist/.
  const recorded = readText(path.join(packageDir, 'path.txt'));
  const executable = recorded || platformExecutable(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, executable)
    : recorded
      ? path.join(packageDir, 'dist', recorded)
      : null;
  return candidate && isFile(candidate) ? candidate : null;
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
