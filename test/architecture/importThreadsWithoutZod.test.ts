/**
 * The import's threads (the insert thread's importWorker.ts, the parse thread's parseWorker.ts)
 * load no zod: it cost each thread ~4.5 MB of heap and ~85 ms to start, and no input is
 * validated there (the contract's schemas validate it before a handler runs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT_OR_EXPORT = /^\s*(?:import|export)\s+(type\s+)?(?:([^'";()=]*?)\s*from\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The modules `file` loads when it runs: type-only imports and re-exports are erased. */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const [, typeOnly, names, specifier] of text.matchAll(IMPORT_OR_EXPORT)) {
    const named = /^\{([^}]*)\}$/.exec((names ?? '').trim());
    const allTypes = named?.[1]?.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type ')) === true;
    if (!typeOnly && !allTypes) found.push(specifier as string);
  }
  for (const [, specifier] of text.matchAll(DYNAMIC_IMPORT)) found.push(specifier as string);
  return found;
}

/** Files of the thread's module graph that import `pkg` themselves. */
function importersOf(entry: string, pkg: string): string[] {
  const seen = new Set<string>();
  const importers: string[] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier === pkg || specifier.startsWith(`${pkg}/`)) importers.push(path.relative(ROOT, file));
      else if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'));
    }
  };
  visit(path.join(ROOT, entry));
  expect(seen.size).toBeGreaterThan(10); // the walk followed the graph
  return importers;
}

describe("the import's threads", () => {
  it.each(['electron/core/import/importWorker.ts', 'electron/core/import/parse/parseWorker.ts'])(
    '%s loads no zod',
    (entry) => {
      expect(importersOf(entry, 'zod')).toEqual([]);
    },
  );

  it('the walk finds zod where it is loaded', () => {
    expect(importersOf('electron/core/import/preview.ts', 'zod')).toContain('shared/model/roles.ts');
  });
});
