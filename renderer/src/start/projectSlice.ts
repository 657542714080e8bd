import type { AppInfo, ProjectInfo, RecentProject } from '../../../shared/api.js';
import { isApiError } from '../api/apiError.js';
import { api } from '../api/index.js';
import type { SliceCreator } from '../store/types.js';
import { numberedName } from './projectNames.js';

/** How many " (n)" suffixes are tried before giving up on a free project name. */
const MAX_NAME_ATTEMPTS = 100;

export interface ProjectSlice {
  appInfo: AppInfo | null;
  project: ProjectInfo | null;
  recent: RecentProject[];
  /** True while the app asks the engine what is open at startup. */
  starting: boolean;
  /** What the project area is busy with, for spinners and disabled buttons. */
  projectBusy: 'opening' | 'creating' | 'demo' | 'closing' | null;
  loadApp(): Promise<void>;
  refreshRecent(): Promise<void>;
  /** Applies a project the engine reports (a call's result or a 'project/changed' event). */
  projectChanged(info: ProjectInfo | null): void;
  openProject(path: string): Promise<boolean>;
  createProject(name: string): Promise<boolean>;
  /**
   * Creates a project named after base, adding " (2)", " (3)"… while the name is taken.
   * forImport: made for the import that follows; the engine removes it again if that import fails.
   */
  createProjectNamed(base: string, forImport?: boolean): Promise<ProjectInfo>;
  openDemo(): Promise<boolean>;
  closeProject(): Promise<void>;
  setAsOf(asOf: string | null): Promise<void>;
}

export const createProjectSlice: SliceCreator<ProjectSlice> = (set, get) => {
  /** Runs one project action with its busy flag; errors go to the banner and the action reports false. */
  async function busy(kind: NonNullable<ProjectSlice['projectBusy']>, work: () => Promise<unknown>): Promise<boolean> {
    set({ projectBusy: kind });
    try {
      await work();
      return true;
    } catch (error) {
      get().reportError(error);
      return false;
    } finally {
      set({ projectBusy: null });
      void get().refreshRecent();
    }
  }

  return {
    appInfo: null,
    project: null,
    recent: [],
    starting: true,
    projectBusy: null,

    loadApp: async () => {
      try {
        const [appInfo, project, recent] = await Promise.all([
          api.call('app/info', {}),
          api.call('project/current', {}),
          api.call('project/recent', {}),
        ]);
        set({ appInfo, recent });
        get().projectChanged(project);
        // A database opened before a reload is still open in the engine (the builder shows a project first).
        if (!project) await get().restoreDatabase();
      } catch (error) {
        get().reportError(error);
      } finally {
        set({ starting: false });
      }
    },

    refreshRecent: async () => {
      try {
        set({ recent: await api.call('project/recent', {}) });
      } catch {
        // the recent list is a convenience; a failure here must not hide the real error
      }
    },

    projectChanged: (info) => {
      const before = get().project;
      // Errors about the project that was open (or failed to open) no longer apply to another one,
      // nor once it is closed; an error while none is open (a failed open) stays to be read.
      set(before?.path !== info?.path ? { project: info, errors: [] } : { project: info });
      // What the user picked in the views belongs to the project they picked it in.
      if (!info || before?.path !== info.path) {
        get().forgetRfmSettings();
        get().forgetComparedSegments();
        get().forgetParetoFilters();
      }
      // Anything derived from the data is stale when the project or its data changed.
      if (!info || before?.path !== info.path || JSON.stringify(before) !== JSON.stringify(info)) {
        get().invalidateData();
        get().invalidateSegments(!info || before?.path !== info.path);
      }
      if (!info) get().setView('data');
    },

    openProject: (path) => busy('opening', async () => get().projectChanged(await api.call('project/open', { path }))),

    createProject: (name) =>
      busy('creating', async () => get().projectChanged(await api.call('project/create', { path: name }))),

    createProjectNamed: async (base, forImport = false) => {
      for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
        try {
          const path = numberedName(base, attempt);
          const info = await api.call('project/create', forImport ? { path, forImport } : { path });
          get().projectChanged(info);
          void get().refreshRecent();
          return info;
        } catch (error) {
          if (!isApiError(error, 'FILE_EXISTS')) throw error;
        }
      }
      throw new Error(`No free project name like "${base}" was found.`);
    },

    openDemo: () =>
      busy('demo', async () => {
        get().projectChanged(await api.call('project/demo', {}));
        get().setView('data');
      }),

    closeProject: async () => {
      await busy('closing', async () => {
        await api.call('project/close', {});
        get().projectChanged(null);
      });
    },

    setAsOf: async (asOf) => {
      try {
        get().projectChanged(await api.call('metrics/setAsOf', { asOf }));
      } catch (error) {
        get().reportError(error);
      }
    },
  };
};
