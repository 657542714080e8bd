/**
 * The wizard for several files at once: upload each, preview the set (kinds and links guessed by the
 * engine), let the user change kinds and links (each change asks the engine again, which has the
 * last word on what the set becomes), then import it all-or-nothing. It shares the wizard's step,
 * job and error with the single-file slice; its own state is below.
 */
import type { ImportSetPreview, ImportSetReport, LinkChoice, SetChoices } from '../../../shared/model/importSet.js';
import type { DatasetKind } from '../../../shared/model/roles.js';
import { isApiError, toApiErrorShape } from '../api/apiError.js';
import { fileToEnginePath } from '../api/files.js';
import { api } from '../api/index.js';
import { newJobId } from '../api/jobId.js';
import { latestRequest } from '../api/latestRequest.js';
import { projectNameFromFile } from '../start/projectNames.js';
import type { SliceCreator } from '../store/types.js';
import type { ImportJob, ImportSource } from './importSlice.js';

export interface ImportSetSlice {
  /** The files of a set import, in the order given; null when the wizard holds one file (or none). */
  setSources: ImportSource[] | null;
  setPreview: ImportSetPreview | null;
  /** The user's kinds (by file name) and links; the engine's guesses fill in the rest. */
  setChoices: SetChoices;
  setReport: ImportSetReport | null;
  /** The engine asked before replacing data of kinds the project holds. */
  setReplaceAsk: boolean;
  /** Several files → the set wizard; one file → the single-file wizard, exactly as before. */
  chooseFiles(files: File[]): Promise<void>;
  /** The one file the wizard holds is read as a set of one (an events export: only the set reads events). */
  previewAsSet(): Promise<void>;
  setFileKind(file: string, kind: DatasetKind): Promise<void>;
  /** Adds a link; it replaces any link the engine guessed between the same two files. */
  addSetLink(link: LinkChoice): Promise<void>;
  /** Removes a link the user added (a guessed link is changed by adding another between its files). */
  removeSetLink(link: LinkChoice): Promise<void>;
  startSetImport(replace?: boolean): Promise<void>;
  answerSetReplace(answer: 'keep' | 'replace'): void;
}

export const closedSet = {
  setSources: null,
  setPreview: null,
  setChoices: {},
  setReport: null,
  setReplaceAsk: false,
} satisfies Partial<ImportSetSlice>;

const samePair = (a: LinkChoice, b: LinkChoice): boolean =>
  (a.from.file === b.from.file && a.to.file === b.to.file) || (a.from.file === b.to.file && a.to.file === b.from.file);

/** The project a set creates is named after its orders file if it has one, else after its first file. */
export function setProjectName(preview: ImportSetPreview | null, sources: ImportSource[]): string {
  const orders = preview?.files.find((f) => f.kind.value === 'orders');
  return projectNameFromFile(orders?.name ?? sources[0]?.name ?? 'import');
}

export const createImportSetSlice: SliceCreator<ImportSetSlice> = (set, get) => {
  const previews = latestRequest();

  async function loadSetPreview(choices: SetChoices): Promise<void> {
    const paths = (get().setSources ?? []).map((s) => s.path);
    if (paths.length === 0 || paths.some((p) => p === null)) return;
    set({ setChoices: choices, previewLoading: true, importError: null });
    await previews.run(() => api.call('import/previewSet', { paths: paths as string[], choices }), {
      onResult: (setPreview) => {
        if (get().wizardStep === null || get().setSources === null) return;
        set({ setPreview, wizardStep: 'preview', previewLoading: false });
      },
      onError: (error) => set({ previewLoading: false, importError: toApiErrorShape(error) }),
    });
  }

  return {
    ...closedSet,

    chooseFiles: async (files) => {
      if (files.length === 0) return;
      if (files.length === 1) return get().chooseFile(files[0] as File);
      previews.drop();
      get().openWizard();
      const total = files.reduce((sum, f) => sum + f.size, 0);
      const sources: ImportSource[] = files.map((f) => ({ name: f.name, size: f.size, path: null }));
      set({ setSources: sources, upload: { loaded: 0, total } });
      let before = 0;
      try {
        // One after another: the progress bar then reads as one upload of all the bytes.
        for (const [i, file] of files.entries()) {
          const path = await fileToEnginePath(file, (upload) => {
            if (get().setSources === sources) set({ upload: { loaded: before + upload.loaded, total } });
          });
          if (get().setSources !== sources) return; // the wizard was closed or given other files
          sources[i] = { ...(sources[i] as ImportSource), path };
          before += file.size;
        }
      } catch (error) {
        set({ upload: null, importError: toApiErrorShape(error) });
        return;
      }
      set({ setSources: [...sources], upload: null });
      await loadSetPreview({});
    },

    previewAsSet: async () => {
      const source = get().source;
      if (!source?.path) return;
      set({ setSources: [source] });
      await loadSetPreview({});
    },

    setFileKind: async (file, kind) => {
      const choices = get().setChoices;
      await loadSetPreview({ ...choices, kinds: { ...choices.kinds, [file]: kind } });
    },

    addSetLink: async (link) => {
      const choices = get().setChoices;
      const links = (choices.links ?? []).filter((l) => !samePair(l, link));
      await loadSetPreview({ ...choices, links: [...links, link] });
    },

    removeSetLink: async (link) => {
      const choices = get().setChoices;
      // By its two files: the engine may have turned the link round to point the way the kinds do.
      await loadSetPreview({ ...choices, links: (choices.links ?? []).filter((l) => !samePair(l, link)) });
    },

    startSetImport: async (replace = false) => {
      const { setSources, setPreview, setChoices } = get();
      if (!setSources || !setPreview || get().job) return;
      const paths = setSources.map((s) => s.path).filter((p): p is string => p !== null);
      const job: ImportJob = { id: newJobId(), progress: null, cancelling: false };
      set({ wizardStep: 'run', job, setReplaceAsk: false, cancelled: false, importError: null });
      try {
        if (!get().project) await get().createProjectNamed(setProjectName(setPreview, setSources), true);
        const report = await api.call('import/runSet', { jobId: job.id, paths, choices: setChoices, replace });
        set({ setReport: report, job: null, wizardStep: 'report' });
        get().projectChanged(await api.call('project/current', {}));
      } catch (error) {
        if (isApiError(error, 'NEEDS_CONFIRMATION')) {
          set({ job: null, wizardStep: 'preview', setReplaceAsk: true });
        } else if (isApiError(error, 'CANCELLED')) {
          set({ job: null, cancelled: true });
        } else {
          set({ job: null, importError: toApiErrorShape(error) });
        }
      }
    },

    answerSetReplace: (answer) => {
      set({ setReplaceAsk: false });
      if (answer === 'replace') void get().startSetImport(true);
    },
  };
};
