/**
 * main.ts wired against a fake 'electron' (test/app/fakeElectron.ts) and a fake engine: the window's
 * settings, IPC with the sender check, events to the page, the menu, open-file, quitting. The steps share
 * one app instance (main.ts runs once on import), so they run in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_CHANNEL } from '../../electron/app/channels.js';
import type { ProjectInfo } from '../../shared/api.js';
import type { CallOutcome, EventEnvelope } from '../../shared/transport.js';
import { IPC_CALL, IPC_EVENT } from '../../shared/transport.js';
import * as fake from './fakeElectron.js';

const engine = vi.hoisted(() => ({
  options: null as unknown,
  calls: [] as Array<[string, unknown]>,
  listener: null as null | ((envelope: unknown) => void),
  stops: 0,
  /** What stop() resolves: true once the imports ended within the grace. */
  stopEnds: true,
  project: null as null | { path: string },
  failNext: null as null | string,
}));

vi.mock('electron', () => import('./fakeElectron.js'));
vi.mock('../../electron/core/engine.js', () => ({
  createEngine(options: unknown) {
    engine.options = options;
    return {
      async call(method: string, params: unknown): Promise<CallOutcome> {
        engine.calls.push([method, params]);
        if (engine.failNext) {
          const message = engine.failNext;
          engine.failNext = null;
          return { ok: false, error: { code: 'NOT_A_PROJECT', message } };
        }
        return { ok: true, result: `${method} done` };
      },
      onEvent(listener: (envelope: unknown) => void) {
        engine.listener = listener;
        return () => {};
      },
      session: {
        get project() {
          return engine.project;
        },
        recent: { list: () => [] },
      },
      async stop() {
        engine.stops += 1;
        return engine.stopEnds;
      },
    };
  },
}));

type MenuItem = { label?: string; enabled?: boolean; click?: () => void; submenu?: MenuItem[] };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const win = (): fake.FakeBrowserWindow => {
  const w = fake.BrowserWindow.all[0];
  if (!w) throw new Error('no window');
  return w;
};
const appUrl = (): string => `file://${win().loadedFile}`;
const menuItem = (top: string, label: string): MenuItem => {
  const template = (fake.Menu.current as { template: MenuItem[] }).template;
  const found = template.find((m) => m.label === top)?.submenu?.find((m) => m.label === label);
  if (!found) throw new Error(`no menu item ${top} › ${label}`);
  return found;
};
const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
};
const fromPage = () => ({ sender: win().webContents, senderFrame: { url: `${appUrl()}#/data`, parent: null } });
const prevented = () => {
  const event = { url: '', defaultPrevented: false, preventDefault: () => {} };
  event.preventDefault = () => {
    event.defaultPrevented = true;
  };
  return event;
};

beforeAll(async () => {
  // A user with a Documents folder: projects go inside it (without one, to the home folder).
  fs.mkdirSync(path.join(fake.FAKE_HOME, 'documents'), { recursive: true });
  await import('../../electron/app/main.js');
  // The OS hands us a project before Electron is ready (macOS double-click); it must be opened afterwards.
  fake.app.emit('open-file', prevented(), '/clients/early.segwb');
  fake.app.becomeReady();
  await flush();
});

afterAll(() => {
  fs.rmSync(fake.FAKE_HOME, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('starts sandboxed, creates the engine with the documented folders, and opens the early file', () => {
    expect(fake.app.sandboxed).toBe(true);
    expect(engine.options).toEqual({
      mode: 'electron',
      appVersion: '0.1.0',
      projectsDir: path.join(fake.FAKE_HOME, 'documents', 'Segment Workbench'),
      stateDir: path.join(fake.FAKE_HOME, 'userData'),
    });
    expect(engine.calls).toEqual([['project/open', { path: '/clients/early.segwb' }]]);
  });

  it('creates one secure window that loads the built renderer', () => {
    expect(fake.BrowserWindow.all).toHaveLength(1);
    const { options } = win();
    expect(options).toMatchObject({ title: 'Segment Workbench', show: false, minWidth: 900, minHeight: 600 });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(String(options.webPreferences.preload)).toMatch(/[/\\]electron[/\\]app[/\\]preload\.cjs$/);
    expect(win().loadedFile).toMatch(/[/\\]renderer[/\\]index\.html$/);
  });

  it('sets the CSP header and denies permissions on the default session', () => {
    const ses = fake.session.defaultSession;
    let response: unknown;
    ses.headersListener?.({ responseHeaders: { 'content-type': ['text/html'] } }, (r) => {
      response = r;
    });
    expect(response).toMatchObject({
      responseHeaders: { 'Content-Security-Policy': [expect.stringContaining("default-src 'self'")] },
    });
    const answers: boolean[] = [];
    ses.permissionRequest?.(null, 'media', (ok) => answers.push(ok));
    expect(answers).toEqual([false]);
    expect(ses.permissionCheck?.(null, 'geolocation')).toBe(false);
  });

  it('keeps the page from navigating away, opening windows or attaching webviews', async () => {
    const contents = win().webContents;
    const away = prevented();
    away.url = 'https://example.com/';
    fake.dialog.nextMessageBoxResponse = 0; // Open in Browser
    contents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.dialog.messageBoxes).toEqual([
      { message: 'Open this link in your web browser?', detail: 'https://example.com/' },
    ]);
    expect(fake.shell.opened).toEqual(['https://example.com/']);

    fake.dialog.nextMessageBoxResponse = 1; // Cancel
    contents.windowOpenHandler?.({ url: 'https://example.org/' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.dialog.messageBoxes).toHaveLength(2);
    expect(fake.shell.opened).toEqual(['https://example.com/']);

    const drop = prevented();
    drop.url = 'file:///home/ann/orders.csv';
    contents.emit('will-navigate', drop);
    expect(drop.defaultPrevented).toBe(true);

    const hash = prevented();
    hash.url = `${appUrl()}#/pareto`;
    contents.emit('will-navigate', hash);
    expect(hash.defaultPrevented).toBe(false);

    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    const webview = prevented();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('passes calls from the app page to the engine and refuses other senders', async () => {
    engine.calls.length = 0;
    await expect(invoke(IPC_CALL, fromPage(), 'project/current', {})).resolves.toEqual({
      ok: true,
      result: 'project/current done',
    });
    const iframe = { sender: win().webContents, senderFrame: { url: appUrl(), parent: {} } };
    const otherPage = { sender: win().webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    const otherWindow = { sender: { id: 999 }, senderFrame: { url: appUrl(), parent: null } };
    for (const event of [iframe, otherPage, otherWindow]) {
      await expect(invoke(IPC_CALL, event, 'project/close', {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(engine.calls).toEqual([['project/current', {}]]);
  });

  it('answers the save dialog with the chosen path, or null when cancelled', async () => {
    fake.dialog.nextSavePath = '/home/ann/Champions.csv';
    await expect(invoke('segwb:save-dialog', fromPage(), 'Champions.csv')).resolves.toBe('/home/ann/Champions.csv');
    fake.dialog.nextSavePath = null;
    await expect(invoke('segwb:save-dialog', fromPage(), 'Champions.csv')).resolves.toBeNull();
    await expect(invoke('segwb:save-dialog', fromPage(), '../../etc/x')).rejects.toThrow(/file name/);
  });

  it('holds engine events until the page has loaded, then forwards them', () => {
    const progress = { event: 'import/progress', payload: { jobId: 'j1' } };
    engine.listener?.(progress);
    expect(win().webContents.sent).toEqual([]);
    win().webContents.finishLoad(appUrl());
    expect(win().webContents.sent).toEqual([[IPC_EVENT, progress]]);
  });

  it('follows project/changed: title, recent documents, Close Project enabled', () => {
    expect(menuItem('&File', 'Close Project').enabled).toBe(false);
    engine.project = { path: '/clients/acme.segwb' };
    const changed: EventEnvelope = {
      event: 'project/changed',
      payload: { path: '/clients/acme.segwb' } as ProjectInfo,
    };
    engine.listener?.(changed);
    expect(win().webContents.sent.at(-1)).toEqual([IPC_EVENT, changed]);
    expect(win().title).toBe('acme — Segment Workbench');
    expect(fake.app.recentDocuments).toEqual(['/clients/acme.segwb']);
    expect(menuItem('&File', 'Close Project').enabled).toBe(true);
  });

  it('runs menu commands: engine calls, renderer commands, errors in a dialog', async () => {
    engine.calls.length = 0;
    menuItem('&File', 'Close Project').click?.();
    menuItem('&View', 'Segments').click?.();
    menuItem('&File', 'Import File…').click?.();
    await flush();
    expect(engine.calls).toEqual([['project/close', {}]]);
    expect(win().webContents.sent.slice(-2)).toEqual([
      [IPC_EVENT, { event: 'app/command', payload: { command: 'show-view', view: 'segments' } }],
      [IPC_EVENT, { event: 'app/command', payload: { command: 'import-file' } }],
    ]);

    fake.dialog.nextOpenPaths = ['/clients/broken.segwb'];
    engine.failNext = 'broken.segwb is not a Segment Workbench project.';
    menuItem('&File', 'Open Project…').click?.();
    await flush();
    expect(engine.calls.at(-1)).toEqual(['project/open', { path: '/clients/broken.segwb' }]);
    expect(fake.dialog.errors).toEqual([
      ['Could not open broken.segwb', 'broken.segwb is not a Segment Workbench project.'],
    ]);
  });

  it('puts the menu in the language the page reports, and asks the page to switch from the menu', async () => {
    const send = (event: unknown, language: unknown) => {
      for (const listener of fake.ipcMain.listeners.get(LANGUAGE_CHANNEL) ?? []) listener(event, language);
    };
    const topLabels = () => (fake.Menu.current as { template: MenuItem[] }).template.map((m) => m.label);
    // A frame that is not the app page, or a language the app does not have, changes nothing.
    send({ sender: { id: 999 }, senderFrame: { url: appUrl(), parent: null } }, 'fa');
    send(fromPage(), 'de');
    expect(topLabels()).toEqual(['&File', '&Edit', '&View', '&Help']);

    send(fromPage(), 'fa');
    expect(topLabels()).toEqual(['فایل', 'ویرایش', 'نما', 'راهنما']);
    menuItem('نما', 'زبان')
      .submenu?.find((item) => item.label === 'العربية')
      ?.click?.();
    await flush();
    expect(win().webContents.sent.at(-1)).toEqual([
      IPC_EVENT,
      { event: 'app/command', payload: { command: 'set-language', language: 'ar' } },
    ]);
    send(fromPage(), 'en'); // back, for the tests after this one
    expect(topLabels()).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('opens a project passed to a second launch', async () => {
    engine.calls.length = 0;
    fake.app.emit('second-instance', {}, ['/opt/segwb/segment-workbench', 'other.segwb'], '/home/ann');
    await flush();
    expect(engine.calls).toEqual([['project/open', { path: '/home/ann/other.segwb' }]]);
  });

  it('quits when the last window closes (not macOS), stopping the engine before it exits', async () => {
    win().close();
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
    const quit = prevented();
    fake.app.emit('will-quit', quit);
    // The exit waits for the engine: a running import is cancelled and rolled back first.
    expect(quit.defaultPrevented).toBe(true);
    expect(engine.stops).toBe(1);
    expect(fake.app.exitCodes).toEqual([]);
    await flush();
    expect(fake.app.exitCodes).toEqual([0]);
    // A second quit while it stops neither stops again nor is held.
    const again = prevented();
    fake.app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(false);
    expect(engine.stops).toBe(1);
  });
});
