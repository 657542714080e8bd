/**
 * The Electron entry: one instance, one engine, one main window. Wires the engine to the window (IPC in,
 * events out), keeps the menu and the window title in step with the open project, and opens .segwb files
 * the OS hands us (command line, double-click, macOS open-file, a second launch).
 */

import path from 'node:path';
import { app, type BrowserWindow, Menu } from 'electron';
import type { ProjectInfo } from '../../shared/api.js';
import type { UiLanguage } from '../../shared/languages.js';
import { type EventEnvelope, IPC_EVENT } from '../../shared/transport.js';
import { createEngine, type Engine } from '../core/engine.js';
import { defaultProjectsFolder, documentsOrHome } from '../core/project/projectsFolder.js';
import { documentsFolder } from './documentsFolder.js';
import { registerIpc } from './ipc.js';
import { projectFileFromArgv } from './launchArgs.js';
import { buildMenuTemplate } from './menu.js';
import { createMenuActions, type MenuActions } from './menuActions.js';
import { toElectronTemplate } from './menuElectron.js';
import { stopEngineThenExit } from './quitEngine.js';
import { initialShellLanguage, SHELL_STRINGS } from './shellLanguages.js';
import type { ShellStrings } from './strings.js';
import { APP_URL, createMainWindow, hardenDefaultSession, WINDOW_TITLE } from './window.js';

// Every renderer sandboxed, whatever its webPreferences say.
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit(); // the first instance gets our argv through 'second-instance'
}

function start(): void {
  const appName = app.getName();
  // ~/Documents/Segment Workbench, or ~/Segment Workbench when there is no Documents folder.
  const projectsDir = defaultProjectsFolder(documentsFolder(app.getPath.bind(app)), app.getPath('home'));
  let engine: Engine | null = null;
  let actions: MenuActions | null = null;
  let mainWindow: BrowserWindow | null = null;
  let pendingFile = projectFileFromArgv(process.argv, process.cwd());
  /** The language of the native menu: the OS languages until the page reports the one it shows. */
  let shellLanguage: UiLanguage = 'en';
  const shellStrings = (): ShellStrings => SHELL_STRINGS[shellLanguage];

  function ensureWindow(): BrowserWindow {
    if (mainWindow && !mainWindow.isDestroyed()) return mainWindow;
    const win = createMainWindow(shellStrings);
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    showProject(engine?.session.project?.path ?? null);
    return win;
  }

  function focusWindow(): void {
    const win = ensureWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
  }

  /** Events reach the page only once it has loaded; earlier ones would be lost. */
  function send(envelope: EventEnvelope): void {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    const contents = mainWindow.webContents;
    if (contents.isLoading()) contents.once('did-finish-load', () => contents.send(IPC_EVENT, envelope));
    else contents.send(IPC_EVENT, envelope);
  }

  function rebuildMenu(): void {
    if (!engine || !actions) return;
    const run = actions.run;
    const spec = buildMenuTemplate(
      {
        platform: process.platform,
        recent: engine.session.recent.list(),
        hasProject: engine.session.project !== null,
        appName,
        isDev: !app.isPackaged,
        language: shellLanguage,
      },
      SHELL_STRINGS[shellLanguage],
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(spec, (command) => void run(command))));
  }

  /** "acme — Segment Workbench" in the title bar; on macOS the title also gets the file's proxy icon. */
  function showProject(projectPath: string | null): void {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    const name = projectPath ? path.basename(projectPath, path.extname(projectPath)) : null;
    mainWindow.setTitle(name ? `${name} — ${WINDOW_TITLE}` : WINDOW_TITLE);
    if (process.platform === 'darwin') mainWindow.setRepresentedFilename(projectPath ?? '');
  }

  function onProjectChanged(info: ProjectInfo | null): void {
    if (info) app.addRecentDocument(info.path); // the Dock / jump list, besides our own menu
    showProject(info?.path ?? null);
    rebuildMenu();
  }

  function openFile(file: string): void {
    if (actions) void actions.openProject(file);
    else pendingFile = file; // before 'ready': opened once the engine exists
  }

  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFile(file);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!app.isReady()) return;
    focusWindow();
    const file = projectFileFromArgv(argv, workingDirectory);
    if (file) openFile(file);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady()) ensureWindow();
  });

  app.on('will-quit', (event) => {
    const running = engine;
    if (!running) return; // already stopping
    engine = null;
    event.preventDefault();
    void stopEngineThenExit(running, {
      exit: (code) => app.exit(code),
      kill: () => process.kill(process.pid, 'SIGKILL'),
    });
  });

  void app.whenReady().then(() => {
    app.setAboutPanelOptions({ applicationName: appName, applicationVersion: app.getVersion() });
    hardenDefaultSession();
    shellLanguage = initialShellLanguage(app.getPreferredSystemLanguages());
    const created = createEngine({
      mode: 'electron',
      appVersion: app.getVersion(),
      projectsDir,
      stateDir: app.getPath('userData'),
    });
    engine = created;
    created.onEvent((envelope) => {
      send(envelope);
      if (isProjectChanged(envelope)) onProjectChanged(envelope.payload);
    });
    registerIpc({
      engine: created,
      getWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null),
      appUrl: APP_URL,
      appName,
      strings: shellStrings,
      defaultDir: () => documentsOrHome(documentsFolder(app.getPath.bind(app)), app.getPath('home')),
      onLanguage: (language) => {
        shellLanguage = language;
        rebuildMenu();
      },
    });
    actions = createMenuActions({ engine: created, ensureWindow, send, projectsDir, appName, strings: shellStrings });
    rebuildMenu();
    ensureWindow();
    if (pendingFile) {
      const file = pendingFile;
      pendingFile = null;
      void actions.openProject(file);
    }
  });
}

function isProjectChanged(envelope: EventEnvelope): envelope is EventEnvelope<'project/changed'> {
  return envelope.event === 'project/changed';
}
