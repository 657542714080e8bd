/**
 * A stand-in for the parts of the 'electron' module the main process uses. The Electron runtime cannot be
 * downloaded on build machines, so main.ts's wiring is tested against this; it records what main.ts does.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

/** app.getPath() answers inside this folder (main.ts creates the projects folder there); tests remove it. */
export const FAKE_HOME = path.join(os.tmpdir(), `segwb-fake-electron-${process.pid}`);

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: Array<[string, unknown]> = [];
  loading = true;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly mainFrame = { url: '', parent: null };
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isLoading(): boolean {
    return this.loading;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** What Electron does once the page has loaded. */
  finishLoad(url: string): void {
    this.loading = false;
    this.mainFrame.url = url;
    this.emit('did-finish-load');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedFile: string | null = null;
  title: string;
  representedFilename = '';
  destroyed = false;
  constructor(readonly options: { title: string; webPreferences: Record<string, unknown> } & Record<string, unknown>) {
    super();
    this.title = options.title;
    FakeBrowserWindow.all.push(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed);
  }
  async loadFile(file: string): Promise<void> {
    this.loadedFile = file;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setRepresentedFilename(file: string): void {
    this.representedFilename = file;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  show(): void {}
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  readonly isPackaged = false;
  sandboxed = false;
  quitCalls = 0;
  readonly recentDocuments: string[] = [];
  private ready = false;
  private resolveReady: () => void = () => {};
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });
  enableSandbox(): void {
    this.sandboxed = true;
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  quit(): void {
    this.quitCalls++;
  }
  /** The codes app.exit was called with. */
  readonly exitCodes: number[] = [];
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
  getName(): string {
    return 'Segment Workbench';
  }
  getVersion(): string {
    return '0.1.0';
  }
  /** The OS languages, most preferred first; a test sets them before the app is ready. */
  preferredSystemLanguages: string[] = ['en-GB'];
  getPreferredSystemLanguages(): string[] {
    return this.preferredSystemLanguages;
  }
  getPath(name: string): string {
    return path.join(FAKE_HOME, name);
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** What Electron does once it has started. */
  becomeReady(): void {
    this.ready = true;
    this.resolveReady();
  }
  setAboutPanelOptions(): void {}
  addRecentDocument(file: string): void {
    this.recentDocuments.push(file);
  }
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  /** One-way channels (ipcRenderer.send): the listeners by channel. */
  listeners: new Map<string, Handler[]>(),
  on(channel: string, listener: Handler): void {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  },
  removeListener(channel: string, listener: Handler): void {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((l) => l !== listener),
    );
  },
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

export const Menu = {
  current: null as unknown,
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: unknown): void {
    this.current = menu;
  },
};

export const dialog = {
  errors: [] as Array<[string, string]>,
  nextSavePath: null as string | null,
  nextOpenPaths: [] as string[],
  showErrorBox(title: string, message: string): void {
    this.errors.push([title, message]);
  },
  async showSaveDialog(): Promise<{ canceled: boolean; filePath: string }> {
    return { canceled: this.nextSavePath === null, filePath: this.nextSavePath ?? '' };
  },
  async showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    return { canceled: this.nextOpenPaths.length === 0, filePaths: this.nextOpenPaths };
  },
  messageBoxes: [] as Array<{ message: string; detail?: string }>,
  /** The button the user presses in the next message box (0: the first). */
  nextMessageBoxResponse: 0,
  async showMessageBox(_win: unknown, options: { message: string; detail?: string }): Promise<{ response: number }> {
    this.messageBoxes.push({ message: options.message, detail: options.detail });
    return { response: this.nextMessageBoxResponse };
  },
};

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  },
  async openPath(): Promise<string> {
    return '';
  },
};

export const session = {
  defaultSession: {
    headersListener: null as null | ((details: unknown, callback: (response: unknown) => void) => void),
    permissionRequest: null as
      | null
      | ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((contents: unknown, permission: string) => boolean),
    webRequest: {
      onHeadersReceived(listener: (details: unknown, callback: (response: unknown) => void) => void): void {
        session.defaultSession.headersListener = listener;
      },
    },
    setPermissionRequestHandler(handler: (contents: unknown, permission: string, cb: (ok: boolean) => void) => void) {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean) {
      this.permissionCheck = handler;
    },
  },
};
