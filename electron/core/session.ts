/**
 * What the engine holds between calls: the open project (one at a time), the recent list,
 * and where new projects go. Each transport (Electron, browser mode, CLI) makes one Session.
 */

import path from 'node:path';
import { WorkbenchError } from '../../shared/errors.js';
import { createProjectFile, type Db, deleteProjectFile, type OpenProject, openProjectFile } from './db/projectFile.js';
import { snapshotOffThread } from './history/snapshotOffThread.js';
import { ImportRunner } from './import/importRunner.js';
import { removeStaleCopies } from './import/write/staleCopies.js';
import { RecentProjects } from './project/recent.js';
import { DatabaseSlot } from './sources/databaseSlot.js';

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
  readonly imports: ImportRunner;
  /** Called before the open project closes (analysis jobs reading it are stopped: handlers/analysisJob.ts). */
  private readonly closeListeners: Array<() => void> = [];
  /** A database opened where the data lives (sources/), beside or instead of a project. */
  readonly database = new DatabaseSlot();
  private current: OpenProject | null = null;
  /** The open project was created just for an import that has not committed yet (see create). */
  private provisional = false;
  /** The provisional project's connection is closed while its first import writes a copy (whileReleased). */
  private released = false;

  constructor(readonly options: SessionOptions) {
    this.recent = new RecentProjects(path.join(options.stateDir, 'recent-projects.json'));
    // The CLI waits for the work after an import before it exits: keeping the first views' entries
    // there would add seconds at a million customers to every `segwb import`, for views that a later
    // command builds when it needs them. The app keeps them while the user looks at the report.
    const keepEntries = options.mode !== 'cli';
    this.imports = new ImportRunner((projectPath, stop, queued) =>
      snapshotOffThread(projectPath, stop, keepEntries ? queued : null),
    );
  }

  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  get project(): OpenProject | null {
    return this.current;
  }

  /** The open project, or a NO_PROJECT error a user understands. */
  requireProject(): OpenProject {
    if (!this.current) throw new WorkbenchError('NO_PROJECT', 'No project is open. Create or open a project first.');
    if (this.released) {
      throw new WorkbenchError(
        'PROJECT_BUSY',
        'The new project is being written by its import: wait until it has finished.',
      );
    }
    return this.current;
  }

  /**
   * Creates and opens a project. forImport: it exists only for the import that follows, so it
   * stays out of the recent list until that import commits (keepProvisional) and is deleted when
   * it fails (discardProvisional) or when it is closed still empty.
   */
  create(file: string, { forImport = false }: { forImport?: boolean } = {}): OpenProject {
    const resolved = path.resolve(file);
    const db = createProjectFile(resolved, this.options.appVersion);
    const project = this.adopt(resolved, db, !forImport);
    this.provisional = forImport;
    return project;
  }

  /** Whether the open project was made for the import that follows, which has not committed yet. */
  get isProvisional(): boolean {
    return this.provisional && this.current !== null;
  }

  /**
   * Runs work (the first import of a project made for it) with the project's connection closed,
   * so that the import may write a copy and rename it over the file; then opens the file again,
   * as it was or with the import in it.
   */
  async whileReleased<T>(work: () => Promise<T>): Promise<T> {
    const project = this.requireProject();
    project.db.close();
    this.released = true;
    try {
      return await work();
    } finally {
      this.released = false;
      project.db = openProjectFile(project.path);
    }
  }

  /** An import into the open project committed: a project created for it is a real one now. */
  keepProvisional(): void {
    if (!this.provisional || !this.current) return;
    this.provisional = false;
    this.recent.add(this.current.path);
  }

  /**
   * An import into the open project failed or was cancelled: a project created just for it is
   * closed and deleted, leaving nothing behind. Returns whether it was.
   */
  discardProvisional(): boolean {
    const project = this.current;
    if (!this.provisional || !project || this.imports.busy) return false;
    this.provisional = false;
    this.current = null;
    project.db.close();
    deleteProjectFile(project.path);
    return true;
  }

  open(file: string): OpenProject {
    const resolved = path.resolve(file);
    if (this.current?.path === resolved) return this.current;
    const db = openProjectFile(resolved);
    removeStaleCopies(resolved);
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
    for (const listener of this.closeListeners) listener();
    // A project made for an import that never committed holds nothing worth keeping.
    if (this.discardProvisional()) return;
    this.current.db.close();
    this.current = null;
  }

  private adopt(file: string, db: Db, remember = true): OpenProject {
    this.close();
    this.current = { path: file, db };
    this.provisional = false;
    if (remember) this.recent.add(file);
    return this.current;
  }
}
