import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isExternalLink,
  isPermissionAllowed,
  isTrustedSender,
  secureWebPreferences,
  withContentSecurityPolicy,
} from '../../electron/app/security.js';

const APP_URL = 'file:///opt/Segment%20Workbench/resources/app.asar/dist/renderer/index.html';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with the given preload', () => {
    expect(secureWebPreferences('/app/dist/electron/app/preload.cjs')).toEqual({
      preload: '/app/dist/electron/app/preload.cjs',
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
    });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('is repeated in the renderer page (minus frame-ancestors, which a meta tag cannot carry)', () => {
    const html = fs.readFileSync(path.join(process.cwd(), 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('names no remote origin and allows no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the CSP and keeps the other headers', () => {
    expect(withContentSecurityPolicy({ 'Content-Type': ['text/html'], 'X-One': 'a' })).toEqual({
      'Content-Type': ['text/html'],
      'X-One': ['a'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('replaces a CSP the response carried, whatever its case', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ['default-src *'],
      'CONTENT-SECURITY-POLICY': 'x',
    });
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('works when the response has no headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    APP_URL,
    `${APP_URL}#/segments`,
    `${APP_URL}?view=pareto`,
    'file:///opt/Segment Workbench/resources/app.asar/dist/renderer/index.html',
    'file:///opt/Segment%20Workbench/resources/app.asar/dist/renderer/../renderer/index.html',
  ])('allows the app page: %s', (url) => {
    expect(isAllowedNavigation(url, APP_URL)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///opt/Segment%20Workbench/resources/app.asar/dist/renderer/other.html',
    'file:///etc/passwd',
    'file:///home/ann/Downloads/customers.csv',
    'file://evil-host/opt/Segment%20Workbench/resources/app.asar/dist/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
    'not a url',
    '',
  ])('blocks everything else: %s', (url) => {
    expect(isAllowedNavigation(url, APP_URL)).toBe(false);
  });

  it('ignores the drive letter case of Windows paths, not the case of the rest of a POSIX path', () => {
    const windowsApp = 'file:///C:/Program%20Files/Segment%20Workbench/resources/app.asar/dist/renderer/index.html';
    expect(isAllowedNavigation(windowsApp.replace('C:', 'c:'), windowsApp)).toBe(true);
    expect(isAllowedNavigation(APP_URL.replace('renderer', 'Renderer'), APP_URL)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page in the main window top frame', () => {
    expect(isTrustedSender({ isMainWindowTopFrame: true, frameUrl: `${APP_URL}#/data` }, APP_URL)).toBe(true);
  });

  it('refuses subframes and other windows even on the app page', () => {
    expect(isTrustedSender({ isMainWindowTopFrame: false, frameUrl: APP_URL }, APP_URL)).toBe(false);
  });

  it('refuses the main window once it shows another page, or when the frame is gone', () => {
    expect(isTrustedSender({ isMainWindowTopFrame: true, frameUrl: 'https://example.com/' }, APP_URL)).toBe(false);
    expect(isTrustedSender({ isMainWindowTopFrame: true, frameUrl: 'file:///tmp/index.html' }, APP_URL)).toBe(false);
    expect(isTrustedSender({ isMainWindowTopFrame: true, frameUrl: null }, APP_URL)).toBe(false);
  });
});

describe('isExternalLink', () => {
  it.each([
    ['https://www.example.com/help', true],
    ['http://example.com', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['mailto:a@example.com', false],
    ['smb://server/share', false],
    ['nonsense', false],
  ])('%s → %s', (url, expected) => {
    expect(isExternalLink(url)).toBe(expected);
  });
});

describe('isPermissionAllowed', () => {
  it('allows writing to the clipboard only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
    ]) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
  });
});
