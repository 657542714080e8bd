/**
 * The user's Documents folder as Electron names it, or null where it cannot: app.getPath('documents')
 * throws when the OS has none to give (a Windows profile whose Documents is redirected to a missing
 * drive, for one), and the app must still start.
 */
export function documentsFolder(getPath: (name: 'documents') => string): string | null {
  try {
    return getPath('documents');
  } catch {
    return null;
  }
}
