import { describe, expect, it } from 'vitest';
import { documentsFolder } from '../../electron/app/documentsFolder.js';

describe('documentsFolder', () => {
  it("is Electron's Documents path when it has one", () => {
    expect(documentsFolder(() => '/home/ana/Documents')).toBe('/home/ana/Documents');
  });

  it('is null when Electron cannot name one (getPath throws), so the app falls back to home', () => {
    const failing = (): string => {
      throw new Error("Failed to get 'documents' path");
    };
    expect(documentsFolder(failing)).toBeNull();
  });
});
