/**
 * The engine's domain folders (electron/core/<domain>/) depend on each other in one direction
 * only: shared plumbing lives in db/, and no chain of imports leads from a folder back to itself.
 * A file at the top of electron/core (session.ts, engine.ts) counts as a folder of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../electron/core/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

function domainOf(file: string): string {
  const parts = path.relative(CORE, file).split(path.sep);
  return parts.length > 1 ? (parts[0] as string) : (parts[0] as string).replace(/\.ts$/, '');
}

/** Domain -> the other domains its files import (static imports, re-exports and import()). */
function domainGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const file of sourceFiles(CORE)) {
    const from = domainOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const match of fs.readFileSync(file, 'utf8').matchAll(specifier)) {
      const target = path.resolve(path.dirname(file), match[1] as string);
      if (!target.startsWith(CORE)) continue;
      const to = domainOf(target.replace(/\.js$/, '.ts'));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Strongly connected groups of more than one domain (Tarjan), each sorted, for a readable failure. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('engine domain folders', () => {
  it('finds the imports between folders', () => {
    expect(domainGraph().get('rfm')?.has('db')).toBe(true);
  });

  it('import each other without any cycle', () => {
    expect(cycles(domainGraph())).toEqual([]);
  });

  it('keep the shared database code free of domain imports', () => {
    expect([...(domainGraph().get('db') ?? [])]).toEqual([]);
  });
});
