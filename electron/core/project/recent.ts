/** The list of recently opened projects, kept as a small JSON file in the app's state folder. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../../shared/api.js';

const MAX_RECENT = 10;
const RecentFile = z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }));

export class RecentProjects {
  constructor(private readonly file: string) {}

  list(): RecentProject[] {
    return this.read().map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) }));
  }

  add(projectPath: string): void {
    const entry = { path: projectPath, name: projectName(projectPath), openedAt: new Date().toISOString() };
    const rest = this.read().filter((e) => e.path !== projectPath);
    this.write([entry, ...rest].slice(0, MAX_RECENT));
  }

  private read(): Array<z.infer<typeof RecentFile>[number]> {
    try {
      const parsed = RecentFile.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return []; // a missing or damaged list is simply empty; it is rewritten on the next open
    }
  }

  private write(entries: Array<z.infer<typeof RecentFile>[number]>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(entries, null, 2));
    fs.renameSync(tmp, this.file);
  }
}

export function projectName(projectPath: string): string {
  return path.basename(projectPath).replace(/\.segwb$/i, '');
}
