import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultProjectsFolder, documentsOrHome } from '../../electron/core/project/projectsFolder.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-projects-folder-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the default projects folder', () => {
  const home = path.join(tmp, 'home');
  const documents = path.join(home, 'Documents');

  it('is "Segment Workbench" in Documents when the Documents folder exists', () => {
    fs.mkdirSync(documents, { recursive: true });
    expect(defaultProjectsFolder(documents, home)).toBe(path.join(home, 'Documents', 'Segment Workbench'));
    expect(documentsOrHome(documents, home)).toBe(documents);
  });

  it('is "Segment Workbench" in the home folder when Documents is missing', () => {
    const bare = path.join(tmp, 'bare-home');
    expect(defaultProjectsFolder(path.join(bare, 'Documents'), bare)).toBe(path.join(bare, 'Segment Workbench'));
    expect(fs.existsSync(path.join(bare, 'Documents'))).toBe(false); // never made up on the spot
  });

  it('is in the home folder when no Documents folder is known or it is a file', () => {
    expect(defaultProjectsFolder(null, home)).toBe(path.join(home, 'Segment Workbench'));
    const fileHome = path.join(tmp, 'file-home');
    fs.mkdirSync(fileHome);
    fs.writeFileSync(path.join(fileHome, 'Documents'), '');
    expect(defaultProjectsFolder(path.join(fileHome, 'Documents'), fileHome)).toBe(
      path.join(fileHome, 'Segment Workbench'),
    );
  });
});
