/**
 * The main window and the rules it runs under: the app's own page only (strict CSP, no navigation,
 * no new windows, no webviews, no permissions), shown once it has painted.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, dialog, session, shell } from 'electron';
import { openLinkPrompt, shouldOpenLink } from './externalLinks.js';
import {
  isAllowedNavigation,
  isPermissionAllowed,
  secureWebPreferences,
  withContentSecurityPolicy,
} from './security.js';
import { ENGLISH, type ShellStrings } from './strings.js';

/** dist/electron/app/main.js → dist/renderer/index.html and dist/electron/app/preload.cjs (also inside app.asar). */
export const RENDERER_INDEX = fileURLToPath(new URL('../../renderer/index.html', import.meta.url));
export const PRELOAD_SCRIPT = fileURLToPath(new URL('./preload.cjs', import.meta.url));
export const APP_URL = pathToFileURL(RENDERER_INDEX).href;

export const WINDOW_TITLE = 'Segment Workbench';

/** Once per app: the default session's CSP header and permission handlers. */
export function hardenDefaultSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

export function createMainWindow(strings: () => ShellStrings = () => ENGLISH): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(PRELOAD_SCRIPT),
  });
  const contents = win.webContents;

  win.once('ready-to-show', () => win.show());
  // The title is set by main.ts from the open project; the page's <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());

  // Drops of files and link clicks must not replace the app; http(s) links open in the system browser
  // once the user agrees.
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url, APP_URL)) return;
    event.preventDefault();
    void openExternally(win, event.url, strings());
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, APP_URL)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternally(win, url, strings());
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  void win.loadFile(RENDERER_INDEX);
  return win;
}

async function openExternally(win: BrowserWindow, url: string, strings: ShellStrings): Promise<void> {
  const prompt = openLinkPrompt(url, strings);
  if (!prompt) return;
  const { response } = await dialog.showMessageBox(win, prompt);
  if (shouldOpenLink(url, response)) await shell.openExternal(url);
}
