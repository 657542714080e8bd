/**
 * Where each file's box goes in the link diagram: a file that points to no other file stands in the
 * first column, a file pointing to it in the next, and so on (orders next to customers, their lines
 * next to orders). Columns count from the start side, so the diagram mirrors with the page.
 */

export interface LinkEnds {
  from: string;
  to: string;
}

export interface BoxPlace {
  file: string;
  column: number;
  row: number;
}

export function linkLayout(files: readonly string[], links: readonly LinkEnds[]): BoxPlace[] {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (file: string): number => {
    const known = depth.get(file);
    if (known !== undefined) return known;
    if (visiting.has(file)) return 0; // a loop of links: break it here rather than recurse forever
    visiting.add(file);
    const targets = links.filter((l) => l.from === file && l.to !== file && files.includes(l.to));
    const d = targets.length === 0 ? 0 : 1 + Math.max(...targets.map((l) => depthOf(l.to)));
    visiting.delete(file);
    depth.set(file, d);
    return d;
  };
  const rows = new Map<number, number>();
  return files.map((file) => {
    const column = depthOf(file);
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    return { file, column, row };
  });
}
