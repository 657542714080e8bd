import { describe, expect, it } from 'vitest';
import {
  buildMenuTemplate,
  escapeMnemonics,
  type MenuSpec,
  type MenuState,
  menuLabel,
} from '../../electron/app/menu.js';
import { SHELL_STRINGS } from '../../electron/app/shellLanguages.js';
import { ENGLISH, type ShellStrings } from '../../electron/app/strings.js';
import type { RecentProject } from '../../shared/api.js';

const acme: RecentProject = {
  path: '/home/ann/Documents/Segment Workbench/acme.segwb',
  name: 'acme',
  openedAt: '2026-11-20T10:00:00.000Z',
  exists: true,
};
const gone: RecentProject = {
  path: '/media/usb/client.segwb',
  name: 'client',
  openedAt: '2026-11-19T10:00:00.000Z',
  exists: false,
};

function state(overrides: Partial<MenuState> = {}): MenuState {
  return { platform: 'linux', recent: [], hasProject: false, appName: 'Segment Workbench', isDev: false, ...overrides };
}

/** One line per item: label, then [accelerator], (role), {command}, "off" when disabled; '---' for separators. */
function outline(items: MenuSpec[] | undefined): string[] {
  return (items ?? []).map((item) => {
    if (item.type === 'separator') return '---';
    const parts = [item.label ?? ''];
    if (item.accelerator) parts.push(`[${item.accelerator}]`);
    if (item.role) parts.push(`(${item.role})`);
    if (item.command) parts.push(`{${Object.values(item.command).join(' ')}}`);
    if (item.enabled === false) parts.push('off');
    if (item.submenu) parts.push('▸');
    return parts.join(' ');
  });
}

function menu(spec: MenuSpec[], label: string): MenuSpec {
  const found = spec.find((item) => item.label === label);
  if (!found) throw new Error(`no menu ${label}`);
  return found;
}

describe('buildMenuTemplate on Windows and Linux', () => {
  it.each(['linux', 'win32'] as const)('has File, Edit, View, Help with Alt-key letters (%s)', (platform) => {
    expect(outline(buildMenuTemplate(state({ platform })))).toEqual(['&File ▸', '&Edit ▸', '&View ▸', '&Help ▸']);
  });

  it('File: project commands, Close disabled without a project, then Quit', () => {
    expect(outline(menu(buildMenuTemplate(state()), '&File').submenu)).toEqual([
      'New Project… [CmdOrCtrl+N] {new-project}',
      'Open Project… [CmdOrCtrl+O] {open-project}',
      'Import File… [CmdOrCtrl+I] {import-file}',
      'Open Recent ▸',
      'Open the Demo Shop {open-demo}',
      '---',
      'Close Project [CmdOrCtrl+W] {close-project} off',
      '---',
      'Quit Segment Workbench (quit)',
    ]);
  });

  it('enables Close Project when a project is open; Import stays enabled either way', () => {
    const file = menu(buildMenuTemplate(state({ hasProject: true })), '&File').submenu ?? [];
    expect(file[6]).toEqual({
      label: 'Close Project',
      accelerator: 'CmdOrCtrl+W',
      command: { kind: 'close-project' },
      enabled: true,
    });
    expect(file[2]?.enabled).toBeUndefined();
  });

  it('Edit holds the standard roles', () => {
    expect(outline(menu(buildMenuTemplate(state()), '&Edit').submenu)).toEqual([
      'Undo (undo)',
      'Redo (redo)',
      '---',
      'Cut (cut)',
      'Copy (copy)',
      'Paste (paste)',
      'Select All (selectAll)',
    ]);
  });

  it('View: the nine views on 1-9, zoom and full screen; no developer items in a packaged app', () => {
    expect(outline(menu(buildMenuTemplate(state()), '&View').submenu)).toEqual([
      'Data [CmdOrCtrl+1] {show-view data}',
      'Segments [CmdOrCtrl+2] {show-view segments}',
      'RFM [CmdOrCtrl+3] {show-view rfm}',
      'Compare [CmdOrCtrl+4] {show-view compare}',
      'Pareto [CmdOrCtrl+5] {show-view pareto}',
      'Changes [CmdOrCtrl+6] {show-view changes}',
      'Report [CmdOrCtrl+7] {show-view report}',
      'Discover [CmdOrCtrl+8] {show-view discover}',
      'Predict [CmdOrCtrl+9] {show-view predict}',
      '---',
      'Actual Size (resetZoom)',
      'Zoom In (zoomIn)',
      'Zoom Out (zoomOut)',
      '---',
      'Toggle Full Screen (togglefullscreen)',
      '---',
      'Language ▸',
    ]);
  });

  it('View: a Language submenu lists every language in itself, the shown one ticked', () => {
    const language = menu(buildMenuTemplate(state({ language: 'fa' })), '&View').submenu?.at(-1);
    expect(outline(language?.submenu)).toEqual([
      'English {set-language en}',
      'فارسی {set-language fa}',
      'العربية {set-language ar}',
      'Cymraeg {set-language cy}',
    ]);
    expect(language?.submenu?.map((item) => [item.type, item.checked])).toEqual([
      ['radio', false],
      ['radio', true],
      ['radio', false],
      ['radio', false],
    ]);
  });

  it('is labelled in the language shown: Persian, Arabic and Welsh', () => {
    const top = (lang: 'fa' | 'ar' | 'cy') =>
      buildMenuTemplate(state({ language: lang }), SHELL_STRINGS[lang]).map((item) => item.label);
    expect(top('fa')).toEqual(['فایل', 'ویرایش', 'نما', 'راهنما']);
    expect(top('ar')).toEqual(['ملف', 'تحرير', 'عرض', 'مساعدة']);
    expect(top('cy')).toEqual(['&Ffeil', '&Golygu', 'G&olwg', '&Cymorth']);
    const view = buildMenuTemplate(state({ language: 'fa' }), SHELL_STRINGS.fa)[2]?.submenu ?? [];
    expect(view.at(-1)?.label).toBe('زبان');
  });

  it('View adds Reload and the developer tools in development', () => {
    expect(outline(menu(buildMenuTemplate(state({ isDev: true })), '&View').submenu).slice(9, 13)).toEqual([
      '---',
      'Reload (reload)',
      'Toggle Developer Tools (toggleDevTools)',
      '---',
    ]);
  });

  it('Help: where the data is, then About', () => {
    expect(outline(menu(buildMenuTemplate(state()), '&Help').submenu)).toEqual([
      'Where Is My Data? {show-data-folder}',
      '---',
      'About Segment Workbench (about)',
    ]);
  });
});

describe('buildMenuTemplate on macOS', () => {
  const mac = buildMenuTemplate(state({ platform: 'darwin' }));

  it('starts with the app menu and adds a Window menu; no "&" letters', () => {
    expect(outline(mac)).toEqual([
      'Segment Workbench ▸',
      'File ▸',
      'Edit ▸',
      'View ▸',
      'Window (windowMenu)',
      'Help ▸',
    ]);
  });

  it('the app menu holds About and Quit', () => {
    expect(outline(mac[0]?.submenu)).toEqual([
      'About Segment Workbench (about)',
      '---',
      'Services (services)',
      '---',
      'Hide Segment Workbench (hide)',
      'Hide Others (hideOthers)',
      'Show All (unhide)',
      '---',
      'Quit Segment Workbench (quit)',
    ]);
  });

  it('File ends with Close Project (no Quit) and Help has no About', () => {
    expect(outline(menu(mac, 'File').submenu).slice(-2)).toEqual([
      '---',
      'Close Project [CmdOrCtrl+W] {close-project} off',
    ]);
    expect(outline(menu(mac, 'Help').submenu)).toEqual(['Where Is My Data? {show-data-folder}']);
  });
});

describe('Open Recent', () => {
  const recentOf = (s: MenuState): MenuSpec[] =>
    menu(buildMenuTemplate(s), s.platform === 'darwin' ? 'File' : '&File').submenu?.[3]?.submenu ?? [];

  it('says so, disabled, when the list is empty', () => {
    expect(recentOf(state())).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('lists projects in order; a missing file is disabled and marked', () => {
    expect(recentOf(state({ recent: [acme, gone] }))).toEqual([
      {
        label: 'acme',
        sublabel: acme.path,
        command: { kind: 'open-recent', path: acme.path },
        enabled: true,
      },
      {
        label: 'client (file not found)',
        sublabel: gone.path,
        command: { kind: 'open-recent', path: gone.path },
        enabled: false,
      },
    ]);
  });

  it('adds the folder when two recent projects share a name', () => {
    const other: RecentProject = { ...acme, path: 'C:\\Users\\ann\\Clients\\acme.segwb' };
    expect(recentOf(state({ recent: [acme, other] })).map((item) => item.label)).toEqual([
      'acme (/home/ann/Documents/Segment Workbench)',
      'acme (C:\\Users\\ann\\Clients)',
    ]);
  });

  it('keeps an "&" in a project name literal on every platform', () => {
    const ampersand: RecentProject = { ...acme, name: 'Smith & Sons', path: '/p/Smith & Sons.segwb' };
    expect(recentOf(state({ platform: 'win32', recent: [ampersand] }))[0]?.label).toBe('Smith && Sons');
    expect(recentOf(state({ platform: 'darwin', recent: [ampersand] }))[0]?.label).toBe('Smith & Sons');
  });
});

describe('labels', () => {
  it('come from the strings passed in, with the app name filled in', () => {
    const german: ShellStrings = {
      ...ENGLISH,
      menu: { ...ENGLISH.menu, file: '&Datei', quit: '{{app}} beenden', newProject: 'Neues Projekt…' },
    };
    const file = buildMenuTemplate(state({ appName: 'SW' }), german)[0];
    expect(file?.label).toBe('&Datei');
    expect(file?.submenu?.[0]?.label).toBe('Neues Projekt…');
    expect(file?.submenu?.at(-1)?.label).toBe('SW beenden');
  });

  it('menuLabel drops Alt-key markers on macOS only', () => {
    expect(menuLabel('&File', 'darwin')).toBe('File');
    expect(menuLabel('Salt && Pepper', 'darwin')).toBe('Salt & Pepper');
    expect(menuLabel('&File', 'win32')).toBe('&File');
  });

  it('escapeMnemonics doubles "&" off macOS', () => {
    expect(escapeMnemonics('A & B & C', 'linux')).toBe('A && B && C');
    expect(escapeMnemonics('A & B', 'darwin')).toBe('A & B');
  });
});
