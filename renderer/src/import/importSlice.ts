/**
 * The import wizard: choose a file → preview and adjust → import with progress → report.
 * Every engine call of the wizard lives here; the components only read state and call actions.
 */

import type { RunningImport } from '../../../shared/contract/import.js';
import type {
  ColumnPlan,
  ImportOptions,
  ImportPreview,
  ImportProgress,
  ImportReport,
  PreviewOverrides,
} from '../../../shared/model/import.js';
import type { Role } from '../../../shared/model/roles.js';
import { type ApiErrorShape, isApiError, toApiErrorShape } from '../api/apiError.js';
import { fileToEnginePath, type UploadProgress } from '../api/files.js';
import { api } from '../api/index.js';
import { newJobId } from '../api/jobId.js';
import { latestRequest } from '../api/latestRequest.js';
import { projectNameFromFile } from '../start/projectNames.js';
import type { SliceCreator } from '../store/types.js';
import type { ImportSetSlice } from './importSetSlice.js';
import { closedSet } from './importSetSlice.js';
import { assignRole, carryOverChoices, setInclude } from './mapping.js';

export type WizardStep = 'file' | 'preview' | 'run' | 'report';

export interface ImportSource {
  name: string;
  size: number;
  /** Where the engine reads it; null while the upload runs. */
  path: string | null;
}

export interface ImportJob {
  id: string;
  progress: ImportProgress | null;
  cancelling: boolean;
}

/** How an import meets data of the same kind already in the project. */
export type ImportMode = 'new' | 'replace' | 'append';

export interface ImportSlice {
  /** null: the wizard is closed. */
  wizardStep: WizardStep | null;
  source: ImportSource | null;
  upload: UploadProgress | null;
  preview: ImportPreview | null;
  /**
   * The engine's own guesses from the first preview of the file. Later previews are asked with the
   * settings pinned, so their "reasons" would only echo them back; the pickers explain with these.
   */
  guesses: Pick<ImportPreview, 'kind' | 'encoding' | 'dateOrder'> | null;
  previewLoading: boolean;
  /** The settings the user changed; the others are the engine's guesses. */
  overrides: PreviewOverrides;
  columns: ColumnPlan[];
  /** A workbook's sheet the user picked; null: the engine's choice (the sheet with the most rows). */
  sheet: string | null;
  /** true once the user changed a role or an include box: a re-preview then keeps those choices. */
  columnsEdited: boolean;
  job: ImportJob | null;
  /** Set when the engine asked before replacing data of the same kind. */
  replaceAsk: { kind: ImportOptions['kind'] } | null;
  cancelled: boolean;
  report: ImportReport | null;
  /** A problem shown inside the wizard (file unreadable, import failed). */
  importError: ApiErrorShape | null;
  openWizard(file?: File): void;
  chooseFile(file: File): Promise<void>;
  changeOverrides(patch: PreviewOverrides): Promise<void>;
  /** Reads another sheet of the workbook: a new table, so the mapping starts from the engine's guesses. */
  chooseSheet(sheet: string): Promise<void>;
  setColumnRole(index: number, role: Role | null): void;
  setColumnInclude(index: number, include: boolean): void;
  /** mode: 'new' refuses (and asks) when the project already holds data of this kind. */
  startImport(mode?: ImportMode): Promise<void>;
  answerReplace(answer: 'keep' | 'replace' | 'append'): void;
  cancelImport(): Promise<void>;
  importProgress(progress: ImportProgress): void;
  /** Shows an import the engine is running that this page did not start (it was reloaded or reopened). */
  followImport(running: RunningImport): void;
  /** An import committed; the page that follows it without having started it shows its report. */
  importFinished(jobId: string, report: ImportReport): void;
  backToFile(): void;
  backToPreview(): void;
  closeWizard(): void;
}

const closedWizard = {
  wizardStep: null,
  source: null,
  upload: null,
  preview: null,
  guesses: null,
  previewLoading: false,
  overrides: {},
  sheet: null,
  columns: [],
  columnsEdited: false,
  job: null,
  replaceAsk: null,
  cancelled: false,
  report: null,
  importError: null,
  // The set wizard's own state closes (and restarts) with the wizard.
  ...closedSet,
} satisfies Partial<ImportSlice & ImportSetSlice>;

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => {
  /** Answers of an older preview request (a quicker second click) are dropped. */
  const previews = latestRequest();

  /** fresh: another table (a workbook's other sheet), so none of the settings shown carry over. */
  async function loadPreview(overrides: PreviewOverrides, keepChoices: boolean, fresh = false): Promise<void> {
    const previous = fresh ? undefined : get().preview?.options;
    // The settings on screen are all sent, so that changing one never silently changes another
    // (e.g. a date order that makes the engine think the file holds customers).
    const shown: PreviewOverrides = previous
      ? {
          kind: previous.kind,
          encoding: previous.encoding,
          delimiter: previous.delimiter,
          hasHeader: previous.hasHeader,
          dateOrder: previous.dateOrder,
          decimal: previous.decimal,
        }
      : {};
    const path = get().source?.path;
    if (!path) return;
    set({ previewLoading: true, importError: null });
    const sheet = get().sheet ?? undefined;
    await previews.run(() => api.call('import/preview', { path, overrides: { ...shown, ...overrides }, sheet }), {
      onResult: (preview) => {
        if (get().wizardStep === null) return;
        // An events export is imported as events, which the wizard for linked files reads.
        if (preview.events) return void get().previewAsSet();
        const suggested = preview.options.columns;
        const guesses = get().guesses ?? {
          kind: preview.kind,
          encoding: preview.encoding,
          dateOrder: preview.dateOrder,
        };
        set({
          preview,
          guesses,
          columns: keepChoices ? carryOverChoices(get().columns, suggested) : suggested,
          wizardStep: 'preview',
          previewLoading: false,
        });
      },
      onError: (error) => set({ previewLoading: false, importError: toApiErrorShape(error) }),
    });
  }

  return {
    ...closedWizard,

    openWizard: (file) => {
      if (get().job) return; // an import is running: its wizard stays as it is
      previews.drop();
      set({ ...closedWizard, wizardStep: 'file' });
      if (file) void get().chooseFile(file);
    },

    chooseFile: async (file) => {
      previews.drop();
      set({
        ...closedWizard,
        wizardStep: 'file',
        source: { name: file.name, size: file.size, path: null },
        upload: { loaded: 0, total: file.size },
      });
      try {
        const path = await fileToEnginePath(file, (upload) => {
          if (get().source?.name === file.name) set({ upload });
        });
        if (get().source?.name !== file.name || get().wizardStep === null) return;
        set({ source: { name: file.name, size: file.size, path }, upload: null });
      } catch (error) {
        set({ upload: null, importError: toApiErrorShape(error) });
        return;
      }
      await loadPreview({}, false);
    },

    changeOverrides: async (patch) => {
      const before = get().overrides;
      const overrides = { ...before, ...patch };
      set({ overrides });
      // A different kind brings different role suggestions; other settings keep the user's own mapping.
      const kindChanged = patch.kind !== undefined && patch.kind !== get().preview?.options.kind;
      await loadPreview(overrides, get().columnsEdited && !kindChanged);
    },

    chooseSheet: async (sheet) => {
      set({ sheet, guesses: null, overrides: {}, columnsEdited: false });
      await loadPreview({}, false, true);
    },

    setColumnRole: (index, role) => set({ columns: assignRole(get().columns, index, role), columnsEdited: true }),
    setColumnInclude: (index, include) =>
      set({ columns: setInclude(get().columns, index, include), columnsEdited: true }),

    startImport: async (mode = 'new') => {
      const { preview, source, columns } = get();
      if (!preview || !source?.path || get().job) return;
      const options: ImportOptions = { ...preview.options, columns };
      const job: ImportJob = { id: newJobId(), progress: null, cancelling: false };
      set({ wizardStep: 'run', job, replaceAsk: null, cancelled: false, importError: null });
      try {
        if (!get().project) await get().createProjectNamed(projectNameFromFile(source.name), true);
        const report = await api.call('import/run', {
          jobId: job.id,
          path: source.path,
          options,
          sheet: get().sheet ?? undefined,
          replace: mode === 'replace',
          append: mode === 'append',
        });
        set({ report, job: null, wizardStep: 'report' });
        get().projectChanged(await api.call('project/current', {}));
      } catch (error) {
        if (isApiError(error, 'NEEDS_CONFIRMATION')) {
          set({ job: null, wizardStep: 'preview', replaceAsk: { kind: options.kind } });
        } else if (isApiError(error, 'CANCELLED')) {
          set({ job: null, cancelled: true });
        } else {
          set({ job: null, importError: toApiErrorShape(error) });
        }
      }
    },

    answerReplace: (answer) => {
      set({ replaceAsk: null });
      if (answer !== 'keep') void get().startImport(answer);
    },

    cancelImport: async () => {
      const job = get().job;
      if (!job || job.cancelling) return;
      set({ job: { ...job, cancelling: true } });
      try {
        await api.call('import/cancel', { jobId: job.id });
      } catch (error) {
        get().reportError(error);
      }
    },

    importProgress: (progress) => {
      const job = get().job;
      if (job && progress.jobId === job.id) set({ job: { ...job, progress } });
    },

    followImport: (running) => {
      if (get().job) return;
      set({
        ...closedWizard,
        wizardStep: 'run',
        source: { name: running.file, size: running.progress?.totalBytes ?? 0, path: null },
        job: { id: running.jobId, progress: running.progress, cancelling: false },
      });
    },

    importFinished: (jobId, report) => {
      if (get().job?.id !== jobId) return;
      set({ report, job: null, wizardStep: 'report' });
    },

    backToFile: () => {
      previews.drop();
      set({ ...closedWizard, wizardStep: 'file' });
    },

    backToPreview: () =>
      set({ wizardStep: get().preview || get().setPreview ? 'preview' : 'file', cancelled: false, importError: null }),

    closeWizard: () => {
      if (get().job) return; // cancel first: closing must not hide a running import
      previews.drop();
      set({ ...closedWizard });
    },
  };
};
