/** Where the import tests find their files: fixtures in the repo, public sample data next to it. */
import path from 'node:path';

// vitest runs with the repo root as the working directory; the sample data sits at ../shared/data.
export const repoRoot = process.cwd();

export function fixture(name: string): string {
  return path.join(repoRoot, 'test', 'fixtures', 'import', name);
}

/** A file from ../shared/data (see SOURCES.md there): public data, read-only, never copied in. */
export function sampleData(name: string): string {
  return path.resolve(repoRoot, '..', 'shared', 'data', name);
}
