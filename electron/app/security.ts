/**
 * The window's security rules as plain data and predicates, so they can be unit-tested without Electron.
 * Nothing here imports 'electron' at runtime (the import below is erased: types only).
 */
import type { WebPreferences } from 'electron';

import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';

export { CONTENT_SECURITY_POLICY };

/** The renderer gets no Node, runs sandboxed and isolated, and sees only what the preload exposes. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export type ResponseHeaders = Record<string, string[] | string>;

/** Response headers with our CSP in place of any the response carried (header names are case-insensitive). */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** The page may only navigate to the app's own file (a different #hash or ?query is fine). */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isSameAppFile(url, appUrl);
}

/** Links the user clicks that may open in the system browser. */
export function isExternalLink(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
}

/** What ipc.ts knows about the frame that sent an IPC message. */
export interface IpcSender {
  /** true when the message came from the main window's top-level frame (not an iframe, not another window). */
  isMainWindowTopFrame: boolean;
  /** The sending frame's URL, or null when the frame is gone. */
  frameUrl: string | null;
}

/** Only the app's own page in the main window may call the engine. */
export function isTrustedSender(sender: IpcSender, appUrl: string): boolean {
  return sender.isMainWindowTopFrame && sender.frameUrl !== null && isSameAppFile(sender.frameUrl, appUrl);
}

/** Permissions the renderer may use: writing text to the clipboard (Copy buttons); everything else is denied. */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

function isSameAppFile(url: string, appUrl: string): boolean {
  const a = parseUrl(url);
  const b = parseUrl(appUrl);
  if (!a || !b || a.protocol !== 'file:' || b.protocol !== 'file:') return false;
  if (a.host !== b.host) return false; // a UNC host (file://server/share) must match too
  return samePath(decodePath(a.pathname), decodePath(b.pathname));
}

// Windows paths (/C:/...) live on case-insensitive file systems; Chromium may change the drive letter's case.
function samePath(a: string, b: string): boolean {
  const windows = /^\/[A-Za-z]:\//;
  return windows.test(a) && windows.test(b) ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname; // a malformed escape never equals our (well-formed) app URL's decoded path
  }
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
