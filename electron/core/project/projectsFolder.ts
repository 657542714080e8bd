/**
 * Where new projects and the demo shop go by default: "Segment Workbench" inside the user's Documents
 * folder, or inside the home folder when there is no Documents folder (a server account, a Linux
 * install without XDG folders, a Windows profile whose Documents is redirected to a drive that is
 * not there). Never a Documents folder made up on the spot: the app does not create one.
 */
import fs from 'node:fs';
import path from 'node:path';

export const PROJECTS_FOLDER_NAME = 'Segment Workbench';

/** The Documents folder when it exists as a folder, else the home folder. */
export function documentsOrHome(
  documents: string | null,
  home: string,
  isFolder: (dir: string) => boolean = folderExists,
): string {
  return documents !== null && isFolder(documents) ? documents : home;
}

/** The default projects folder for this Documents folder (null: none known) and home folder. */
export function defaultProjectsFolder(
  documents: string | null,
  home: string,
  isFolder: (dir: string) => boolean = folderExists,
): string {
  return path.join(documentsOrHome(documents, home, isFolder), PROJECTS_FOLDER_NAME);
}

function folderExists(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
