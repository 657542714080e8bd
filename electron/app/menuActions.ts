/**
 * What the menu's commands do. Project commands run in the main process (native dialogs, then the engine,
 * which announces 'project/changed' to the renderer); view and import commands are handed to the renderer
 * as 'app/command' events. Engine errors are shown in a native error box, without stack traces.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BrowserWindow, dialog, shell } from 'electron';
import type { Events } from '../../shared/api.js';
import type { CallOutcome, EventEnvelope } from '../../shared/transport.js';
import { PROJECT_EXTENSION } from '../core/db/projectFile.js';
import type { Engine } from '../core/engine.js';
import { projectFilters } from './dialogOptions.js';
import type { MenuCommand } from './menu.js';
import { ENGLISH, fill, type ShellStrings } from './strings.js';

export interface MenuActionsOptions {
  engine: Engine;
  /** The main window, created first if there is none (macOS keeps running without windows). */
  ensureWindow: () => BrowserWindow;
  /** Delivers an event to the renderer (waits for the page to load if needed). */
  send: (envelope: EventEnvelope) => void;
  projectsDir: string;
  appName: string;
  /** The shell's strings in the language shown now (it can change while the app runs); English if omitted. */
  strings?: () => ShellStrings;
}

export interface MenuActions {
  run(command: MenuCommand): Promise<void>;
  /** Opens a project file named by the OS (command line, double-click, second launch). */
  openProject(file: string): Promise<void>;
}

export function createMenuActions(options: MenuActionsOptions): MenuActions {
  const { engine, appName } = options;
  const strings = (): ShellStrings => options.strings?.() ?? ENGLISH;

  async function callEngine(method: string, params: unknown, failureTitle?: string): Promise<void> {
    const outcome: CallOutcome = await engine.call(method, params);
    if (!outcome.ok) showError(outcome.error.message, failureTitle);
  }

  function showError(message: string, title?: string): void {
    dialog.showErrorBox(title ?? fill(strings().dialogs.errorTitle, { app: appName }), message);
  }

  function command(payload: Events['app/command']): void {
    options.ensureWindow();
    options.send({ event: 'app/command', payload });
  }

  function ensureProjectsDir(): string {
    fs.mkdirSync(options.projectsDir, { recursive: true });
    return options.projectsDir;
  }

  async function newProject(): Promise<void> {
    const win = options.ensureWindow();
    const result = await dialog.showSaveDialog(win, {
      title: strings().dialogs.newProjectTitle,
      defaultPath: path.join(ensureProjectsDir(), strings().dialogs.newProjectDefaultName + PROJECT_EXTENSION),
      filters: projectFilters(appName, strings()),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return;
    await callEngine('project/create', { path: result.filePath });
  }

  async function chooseProject(): Promise<void> {
    const win = options.ensureWindow();
    const result = await dialog.showOpenDialog(win, {
      title: strings().dialogs.openProjectTitle,
      defaultPath: ensureProjectsDir(),
      filters: projectFilters(appName, strings()),
      properties: ['openFile'],
    });
    const file = result.canceled ? undefined : result.filePaths[0];
    if (file) await openProject(file);
  }

  async function openProject(file: string): Promise<void> {
    options.ensureWindow();
    await callEngine('project/open', { path: file }, fill(strings().dialogs.openFailed, { name: path.basename(file) }));
  }

  async function showDataFolder(): Promise<void> {
    const failure = await shell.openPath(ensureProjectsDir());
    if (failure) showError(`${options.projectsDir}\n\n${failure}`);
  }

  async function run(cmd: MenuCommand): Promise<void> {
    try {
      switch (cmd.kind) {
        case 'new-project':
          return await newProject();
        case 'open-project':
          return await chooseProject();
        case 'open-recent':
          return await openProject(cmd.path);
        case 'import-file':
          // The contract's event carries no path: the renderer opens its import wizard with its own file picker.
          return command({ command: 'import-file' });
        case 'open-demo':
          options.ensureWindow();
          return await callEngine('project/demo', {});
        case 'close-project':
          return await callEngine('project/close', {});
        case 'show-view':
          return command({ command: 'show-view', view: cmd.view });
        case 'show-data-folder':
          return await showDataFolder();
        case 'set-language':
          // The page switches and reports back over the language channel, which rebuilds this menu.
          return command({ command: 'set-language', language: cmd.language });
      }
    } catch (error) {
      // A dialog or the file system failed: say so instead of leaving an unhandled rejection.
      showError(error instanceof Error ? error.message : String(error));
    }
  }

  return { run, openProject };
}
