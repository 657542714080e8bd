/**
 * The application menu as plain data, built by a pure function from the app's state (platform, recent
 * projects, whether a project is open). menuElectron.ts turns it into Electron's template with click
 * handlers; menuActions.ts carries out the commands. No Electron import here, so it is unit-tested.
 */
import type { RecentProject } from '../../shared/api.js';
import { LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '../../shared/languages.js';
import { ENGLISH, fill, type ShellStrings } from './strings.js';

export type AppView =
  | 'data'
  | 'segments'
  | 'rfm'
  | 'compare'
  | 'pareto'
  | 'changes'
  | 'report'
  | 'discover'
  | 'predict';

/** What a menu item asks the app to do when clicked (items with a role are handled by Electron itself). */
export type MenuCommand =
  | { kind: 'new-project' }
  | { kind: 'open-project' }
  | { kind: 'open-recent'; path: string }
  | { kind: 'import-file' }
  | { kind: 'open-demo' }
  | { kind: 'close-project' }
  | { kind: 'show-view'; view: AppView }
  | { kind: 'set-language'; language: UiLanguage }
  | { kind: 'show-data-folder' };

/** The Electron roles this menu uses (a subset of Electron's, so menuElectron.ts needs no cast). */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu';

export interface MenuSpec {
  type?: 'separator' | 'radio';
  /** A radio item's state (the language shown). */
  checked?: boolean;
  label?: string;
  /** Second line under the label (macOS only), e.g. a recent project's folder. */
  sublabel?: string;
  accelerator?: string;
  role?: MenuRole;
  command?: MenuCommand;
  /** Omitted means enabled. */
  enabled?: boolean;
  submenu?: MenuSpec[];
}

export interface MenuState {
  platform: NodeJS.Platform;
  recent: RecentProject[];
  hasProject: boolean;
  appName: string;
  /** Development build: adds Reload and the developer tools. */
  isDev: boolean;
  /** The language the page shows, ticked in the Language submenu (omitted: English). */
  language?: UiLanguage;
}

const SEPARATOR: MenuSpec = { type: 'separator' };

export function buildMenuTemplate(state: MenuState, strings: ShellStrings = ENGLISH): MenuSpec[] {
  const mac = state.platform === 'darwin';
  const t = (template: string): string => menuLabel(fill(template, { app: state.appName }), state.platform);
  const m = strings.menu;
  return [
    ...(mac ? [appMenu(state, t, m)] : []),
    fileMenu(state, t, m),
    editMenu(t, m),
    viewMenu(state, t, m),
    ...(mac ? [{ label: t(m.window), role: 'windowMenu' as const }] : []),
    helpMenu(mac, t, m),
  ];
}

type Label = (template: string) => string;
type Labels = ShellStrings['menu'];

/** macOS puts About and Quit in a menu named after the app. */
function appMenu(state: MenuState, t: Label, m: Labels): MenuSpec {
  return {
    label: state.appName,
    submenu: [
      { label: t(m.about), role: 'about' },
      SEPARATOR,
      { label: t(m.services), role: 'services' },
      SEPARATOR,
      { label: t(m.hide), role: 'hide' },
      { label: t(m.hideOthers), role: 'hideOthers' },
      { label: t(m.showAll), role: 'unhide' },
      SEPARATOR,
      { label: t(m.quit), role: 'quit' },
    ],
  };
}

function fileMenu(state: MenuState, t: Label, m: Labels): MenuSpec {
  const quit: MenuSpec[] = state.platform === 'darwin' ? [] : [SEPARATOR, { label: t(m.quit), role: 'quit' }];
  return {
    label: t(m.file),
    submenu: [
      { label: t(m.newProject), accelerator: 'CmdOrCtrl+N', command: { kind: 'new-project' } },
      { label: t(m.openProject), accelerator: 'CmdOrCtrl+O', command: { kind: 'open-project' } },
      // Enabled without a project too: importing then starts a new one.
      { label: t(m.importFile), accelerator: 'CmdOrCtrl+I', command: { kind: 'import-file' } },
      { label: t(m.openRecent), submenu: recentItems(state, t, m) },
      { label: t(m.openDemo), command: { kind: 'open-demo' } },
      SEPARATOR,
      {
        label: t(m.closeProject),
        accelerator: 'CmdOrCtrl+W',
        command: { kind: 'close-project' },
        enabled: state.hasProject,
      },
      ...quit,
    ],
  };
}

function recentItems(state: MenuState, t: Label, m: Labels): MenuSpec[] {
  if (state.recent.length === 0) return [{ label: t(m.noRecentProjects), enabled: false }];
  return state.recent.map((project) => {
    const name = recentLabel(project, state.recent);
    const label = escapeMnemonics(name, state.platform) + (project.exists ? '' : t(m.missingSuffix));
    return {
      label,
      sublabel: project.path,
      command: { kind: 'open-recent', path: project.path },
      enabled: project.exists,
    };
  });
}

/** A project's name, plus its folder when another recent project has the same name. */
function recentLabel(project: RecentProject, all: RecentProject[]): string {
  const clash = all.some((other) => other !== project && other.name === project.name);
  return clash ? `${project.name} (${parentFolder(project.path)})` : project.name;
}

function parentFolder(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut > 0 ? file.slice(0, cut) : file;
}

function editMenu(t: Label, m: Labels): MenuSpec {
  return {
    label: t(m.edit),
    submenu: [
      { label: t(m.undo), role: 'undo' },
      { label: t(m.redo), role: 'redo' },
      SEPARATOR,
      { label: t(m.cut), role: 'cut' },
      { label: t(m.copy), role: 'copy' },
      { label: t(m.paste), role: 'paste' },
      { label: t(m.selectAll), role: 'selectAll' },
    ],
  };
}

function viewMenu(state: MenuState, t: Label, m: Labels): MenuSpec {
  const views: Array<[AppView, string]> = [
    ['data', m.data],
    ['segments', m.segments],
    ['rfm', m.rfm],
    ['compare', m.compare],
    ['pareto', m.pareto],
    ['changes', m.changes],
    ['report', m.report],
    ['discover', m.discover],
    ['predict', m.predict],
  ];
  const dev: MenuSpec[] = state.isDev
    ? [{ label: t(m.reload), role: 'reload' }, { label: t(m.toggleDevTools), role: 'toggleDevTools' }, SEPARATOR]
    : [];
  return {
    label: t(m.view),
    submenu: [
      ...views.map(
        ([view, label], index): MenuSpec => ({
          label: t(label),
          accelerator: `CmdOrCtrl+${index + 1}`,
          command: { kind: 'show-view', view },
        }),
      ),
      SEPARATOR,
      ...dev,
      { label: t(m.resetZoom), role: 'resetZoom' },
      { label: t(m.zoomIn), role: 'zoomIn' },
      { label: t(m.zoomOut), role: 'zoomOut' },
      SEPARATOR,
      { label: t(m.toggleFullScreen), role: 'togglefullscreen' },
      SEPARATOR,
      { label: t(m.language), submenu: languageItems(state) },
    ],
  };
}

/** Each language named in itself (so a user lost in a language they cannot read finds their own). */
function languageItems(state: MenuState): MenuSpec[] {
  const shown = state.language ?? 'en';
  return UI_LANGUAGES.map((language) => ({
    label: LANGUAGE_NAMES[language],
    type: 'radio',
    checked: language === shown,
    command: { kind: 'set-language', language },
  }));
}

function helpMenu(mac: boolean, t: Label, m: Labels): MenuSpec {
  const about: MenuSpec[] = mac ? [] : [SEPARATOR, { label: t(m.about), role: 'about' }];
  return {
    label: t(m.help),
    submenu: [{ label: t(m.whereIsMyData), command: { kind: 'show-data-folder' } }, ...about],
  };
}

/**
 * Windows and Linux read "&x" in a label as the Alt-key letter; macOS has no such letters and would show
 * the "&". So on macOS a single "&" is dropped and "&&" becomes "&".
 */
export function menuLabel(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label.replace(/&(&?)/g, '$1') : label;
}

/** User data (a project's name) shown in a label must not gain an Alt-key letter on Windows and Linux. */
export function escapeMnemonics(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&');
}
