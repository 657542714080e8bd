/**
 * Writes a file the user asked for (an export, the rejected rows) under a temporary name and
 * renames it, so a failed write never leaves half a file under the real name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../../shared/errors.js';

export function writeAtomically(file: string, text: string | Uint8Array): void {
  const folder = path.dirname(path.resolve(file));
  if (!fs.existsSync(folder)) {
    throw new WorkbenchError('FILE_NOT_FOUND', `The folder ${folder} does not exist. Choose another place to save.`, {
      file,
    });
  }
  const tmp = `${file}.part`;
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
