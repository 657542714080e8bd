import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/src/api/apiError.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import type { ColumnPlan, ImportPreview, ImportReport } from '../../../shared/model/import.js';
import { answerCalls, projectInfo, settle } from '../storeHarness.js';

vi.mock('../../../renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));
// Electron knows a dropped file's path; these tests need no upload.
vi.mock('../../../renderer/src/api/files.js', () => ({
  fileToEnginePath: (file: File) => Promise.resolve(`/in/${file.name}`),
}));

const COLUMNS: ColumnPlan[] = [
  { index: 0, header: 'Customer', type: 'identifier', role: 'customer_id', include: true },
  { index: 1, header: 'Country', type: 'category', role: null, include: true },
];

function preview(delimiter: ImportPreview['delimiter']): ImportPreview {
  return {
    file: { path: '/in/customers.csv', name: 'customers.csv', size: 30 },
    encoding: { value: 'utf-8', confidence: 1, candidates: [] },
    delimiter,
    hasHeader: true,
    lineEnding: 'lf',
    decimal: '.',
    dateOrder: { value: 'dmy', basis: 'none', evidence: null },
    kind: { value: 'customers', reason: 'no order date column' },
    headers: ['Customer', 'Country'],
    rows: [['c1', 'FR']],
    columns: [],
    options: {
      kind: 'customers',
      encoding: 'utf-8',
      delimiter,
      hasHeader: true,
      dateOrder: 'dmy',
      decimal: '.',
      columns: COLUMNS,
    },
    refusals: [],
    warnings: [],
  };
}

const REPORT: ImportReport = {
  datasetId: 1,
  kind: 'customers',
  file: 'customers.csv',
  rowsRead: 1,
  rowsImported: 1,
  rowsRejected: 0,
  rejected: [],
  customers: 1,
  orders: 0,
  durationMs: 5,
};

const file = () => new File(['Customer,Country\nc1,FR\n'], 'customers.csv');

describe('the import slice', () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
  });

  it('previews a chosen file with the engine’s guesses', async () => {
    const calls = answerCalls({ 'import/preview': preview(',') });
    useStore.getState().openWizard();
    expect(useStore.getState().wizardStep).toBe('file');
    await useStore.getState().chooseFile(file());
    expect(calls).toEqual([{ method: 'import/preview', params: { path: '/in/customers.csv', overrides: {} } }]);
    const { wizardStep, source, preview: shown, guesses, columns, previewLoading } = useStore.getState();
    expect({ wizardStep, source, preview: shown, guesses, columns, previewLoading }).toEqual({
      wizardStep: 'preview',
      source: { name: 'customers.csv', size: 23, path: '/in/customers.csv' },
      preview: preview(','),
      guesses: {
        kind: { value: 'customers', reason: 'no order date column' },
        encoding: { value: 'utf-8', confidence: 1, candidates: [] },
        dateOrder: { value: 'dmy', basis: 'none', evidence: null },
      },
      columns: COLUMNS,
      previewLoading: false,
    });
  });

  it('sends every setting shown with a change, and keeps the user’s mapping', async () => {
    const calls = answerCalls({ 'import/preview': ({ overrides }) => preview(overrides?.delimiter ?? ',') });
    useStore.getState().openWizard();
    await useStore.getState().chooseFile(file());
    useStore.getState().setColumnInclude(1, false);
    await useStore.getState().changeOverrides({ delimiter: ';' });
    expect(calls[1]?.params).toEqual({
      path: '/in/customers.csv',
      overrides: {
        kind: 'customers',
        encoding: 'utf-8',
        delimiter: ';',
        hasHeader: true,
        dateOrder: 'dmy',
        decimal: '.',
      },
    });
    expect(useStore.getState().preview?.delimiter).toBe(';');
    expect(useStore.getState().columns.map((c) => c.include)).toEqual([true, false]);
  });

  it('drops a preview that answers after the wizard was closed', async () => {
    let answer: (value: ImportPreview) => void = () => {};
    answerCalls({ 'import/preview': () => new Promise((resolve) => (answer = resolve)) });
    useStore.getState().openWizard();
    const choosing = useStore.getState().chooseFile(file());
    await settle();
    expect(useStore.getState().previewLoading).toBe(true);
    useStore.getState().closeWizard();
    answer(preview(','));
    await choosing;
    expect(useStore.getState().wizardStep).toBeNull();
    expect(useStore.getState().preview).toBeNull();
  });

  it('shows a preview the engine refused inside the wizard', async () => {
    answerCalls({
      'import/preview': () => {
        throw new ApiError({ code: 'FILE_NOT_FOUND', message: 'customers.csv cannot be read.' });
      },
    });
    useStore.getState().openWizard();
    await useStore.getState().chooseFile(file());
    expect(useStore.getState().importError).toEqual({
      code: 'FILE_NOT_FOUND',
      message: 'customers.csv cannot be read.',
    });
    expect(useStore.getState().previewLoading).toBe(false);
    expect(useStore.getState().wizardStep).toBe('file');
  });

  it('imports, follows the progress of its own job only, and shows the report', async () => {
    let finish: (report: ImportReport) => void = () => {};
    const calls = answerCalls({
      'import/preview': preview(','),
      'import/run': () => new Promise((resolve) => (finish = resolve)),
      'project/current': projectInfo('/p/a.segwb'),
    });
    useStore.getState().openWizard();
    await useStore.getState().chooseFile(file());
    const importing = useStore.getState().startImport();
    const job = useStore.getState().job;
    expect(useStore.getState().wizardStep).toBe('run');
    const progress = { jobId: job?.id ?? '', bytesRead: 10, totalBytes: 23, rows: 1, phase: 'reading' } as const;
    useStore.getState().importProgress({ ...progress, jobId: 'another-job' });
    expect(useStore.getState().job?.progress).toBeNull();
    useStore.getState().importProgress(progress);
    expect(useStore.getState().job?.progress).toEqual(progress);
    finish(REPORT);
    await importing;
    expect(useStore.getState().report).toEqual(REPORT);
    expect(useStore.getState().wizardStep).toBe('report');
    expect(useStore.getState().job).toBeNull();
    expect(calls.find((c) => c.method === 'import/run')?.params).toEqual({
      jobId: job?.id,
      path: '/in/customers.csv',
      options: preview(',').options,
      replace: false,
      append: false,
    });
  });

  it('asks before replacing data of the same kind, and imports again as the answer says', async () => {
    const calls = answerCalls({
      'import/preview': preview(','),
      'import/run': (params) => {
        const { replace, append } = params as { replace: boolean; append: boolean };
        if (!replace && !append) {
          throw new ApiError({ code: 'NEEDS_CONFIRMATION', message: 'The project already has customers.' });
        }
        return REPORT;
      },
      'project/current': projectInfo('/p/a.segwb'),
    });
    useStore.getState().openWizard();
    await useStore.getState().chooseFile(file());
    await useStore.getState().startImport();
    expect(useStore.getState().replaceAsk).toEqual({ kind: 'customers' });
    expect(useStore.getState().wizardStep).toBe('preview');
    useStore.getState().answerReplace('keep');
    expect(useStore.getState().replaceAsk).toBeNull();
    expect(calls.filter((c) => c.method === 'import/run')).toHaveLength(1);
    useStore.getState().answerReplace('append');
    await vi.waitFor(() => expect(useStore.getState().wizardStep).toBe('report'));
    const runs = calls
      .filter((c) => c.method === 'import/run')
      .map((c) => c.params as { replace: boolean; append: boolean });
    expect(runs.map(({ replace, append }) => ({ replace, append }))).toEqual([
      { replace: false, append: false },
      { replace: false, append: true },
    ]);
  });

  it('creates a project for an import only as one the engine removes again if the import fails', async () => {
    useStore.getState().projectChanged(null);
    const calls = answerCalls({
      'import/preview': preview(','),
      'project/create': projectInfo('/p/customers.segwb'),
      'project/recent': [],
      'import/run': () => {
        throw new ApiError({ code: 'IMPORT_FAILED', message: 'No row of customers.csv could be imported.' });
      },
    });
    useStore.getState().openWizard();
    await useStore.getState().chooseFile(file());
    await useStore.getState().startImport();
    expect(calls.filter((c) => c.method === 'project/create').map((c) => c.params)).toEqual([
      { path: 'customers', forImport: true },
    ]);
    expect(useStore.getState().importError).toEqual({
      code: 'IMPORT_FAILED',
      message: 'No row of customers.csv could be imported.',
    });
  });
});

describe('an import the page did not start', () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
  });

  it('shows the running import with its progress, then its report', () => {
    const progress = { jobId: 'other-tab', bytesRead: 50, totalBytes: 200, rows: 10, phase: 'reading' } as const;
    useStore.getState().followImport({ jobId: 'other-tab', file: 'orders.csv', progress });
    expect(useStore.getState().wizardStep).toBe('run');
    expect(useStore.getState().source).toEqual({ name: 'orders.csv', size: 200, path: null });
    expect(useStore.getState().job).toEqual({ id: 'other-tab', progress, cancelling: false });
    const later = { ...progress, bytesRead: 150, rows: 30 };
    useStore.getState().importProgress(later);
    expect(useStore.getState().job?.progress).toEqual(later);
    useStore.getState().importFinished('another-job', REPORT);
    expect(useStore.getState().wizardStep).toBe('run');
    useStore.getState().importFinished('other-tab', REPORT);
    expect(useStore.getState().report).toEqual(REPORT);
    expect(useStore.getState().wizardStep).toBe('report');
    expect(useStore.getState().job).toBeNull();
  });
});
