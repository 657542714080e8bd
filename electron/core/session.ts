/**
 * What the engine holds between calls: the open project (one at a time), the recent list,
 * and where new projects go. Each transport (Electron, browser mode, CLI) makes one Session.
 */
import path from 'node:path';
import { WorkbenchError } from '../../shared/errors.js';
import { createProjectFile, type Db, type OpenProject, openProjectFile } from './db/projectFile.js';
import { ImportRunner } from './import/importRunner.js';
import { RecentProjects } from './project/recent.js';

export interface SessionOptions {
  mode: 'electron' | 'web' | 'cli';
  appVersion: string;
  /** Default folder for new projects and the demo shop. */
  projectsDir: string;
  /** Folder for app state (recent projects, uploads in browser mode). */
  stateDir: string;
}

export class Session {
  readonly recent: RecentProjects;
  readonly imports = new ImportRunner();
  private current: OpenProject | null = null;

  constructor(readonly options: SessionOptions) {
    this.recent = new RecentProjects(path.join(options.stateDir, 'recent-projects.json'));
  }

  get project(): OpenProject | null {
    return this.current;
  }

  /** The open project, or a NO_PROJECT error a user understands. */
  requireProject(): OpenProject {
    if (!this.current) throw new WorkbenchError('NO_PROJECT', 'No project is open. Create or open a project first.');
    return this.current;
  }

  create(file: string): OpenProject {
    const resolved = path.resolve(file);
    const db = createProjectFile(resolved, this.options.appVersion);
    return this.adopt(resolved, db);
  }

  open(file: string): OpenProject {
    const resolved = path.resolve(file);
    if (this.current?.path === resolved) return this.current;
    const db = openProjectFile(resolved);
    return this.adopt(resolved, db);
  }

  close(): void {
    if (!this.current) return;
    if (this.imports.busy) {
      throw new WorkbenchError(
        'INVALID_PARAMS',
        'An import is running: cancel it or wait for it before closing the project.',
      );
    }
    this.current.db.close();
    this.current = null;
  }

  private adopt(file: string, db: Db): OpenProject {
    this.close();
    this.current = { path: file, db };
    this.recent.add(file);
    return this.current;
  }
}
