import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary, platformExecutable } from '../../scripts/electron-binary.mjs';

const temps: string[] = [];

/** A fake project root with node_modules/electron laid out as electron's install.js leaves it. */
function fakeRoot(layout: { pathTxt?: string; binary?: string }): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-electron-'));
  temps.push(root);
  const pkg = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(path.join(pkg, 'index.js'), 'throw new Error("must not be required");');
  if (layout.pathTxt !== undefined) fs.writeFileSync(path.join(pkg, 'path.txt'), layout.pathTxt);
  if (layout.binary !== undefined) writeFile(path.join(pkg, 'dist', layout.binary));
  return root;
}

function writeFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('returns dist/<path.txt> when the download completed', () => {
    const root = fakeRoot({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary(root, {}, 'linux')).toBe(path.join(root, 'node_modules/electron/dist/electron'));
  });

  it('reads the macOS bundle path from path.txt', () => {
    const mac = 'Electron.app/Contents/MacOS/Electron';
    const root = fakeRoot({ pathTxt: mac, binary: mac });
    expect(findElectronBinary(root, {}, 'darwin')).toBe(path.join(root, 'node_modules/electron/dist', mac));
  });

  it('returns null when the package is installed but its binary never arrived (no path.txt, no dist)', () => {
    expect(findElectronBinary(fakeRoot({}), {}, 'linux')).toBeNull();
  });

  it('returns null when path.txt names a binary that is missing', () => {
    expect(findElectronBinary(fakeRoot({ pathTxt: 'electron' }), {}, 'linux')).toBeNull();
  });

  it('returns null when there is no electron package at all', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-electron-'));
    temps.push(root);
    expect(findElectronBinary(root, {}, 'linux')).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, with the executable named by the platform when there is no path.txt', () => {
    const root = fakeRoot({});
    const dist = path.join(root, 'my-electron');
    writeFile(path.join(dist, 'electron.exe'));
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'win32')).toBe(
      path.join(dist, 'electron.exe'),
    );
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBeNull();
  });

  it('ignores a directory where the executable should be', () => {
    const root = fakeRoot({ pathTxt: 'electron' });
    fs.mkdirSync(path.join(root, 'node_modules/electron/dist/electron'), { recursive: true });
    expect(findElectronBinary(root, {}, 'linux')).toBeNull();
  });
});

describe('platformExecutable', () => {
  it.each([
    ['linux', 'electron'],
    ['freebsd', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
    ['mas', 'Electron.app/Contents/MacOS/Electron'],
  ])('%s → %s', (platform, expected) => {
    expect(platformExecutable(platform)).toBe(expected);
  });
});
