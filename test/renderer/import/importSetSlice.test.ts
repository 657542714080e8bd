import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/src/api/apiError.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import type { ImportPreview } from '../../../shared/model/import.js';
import type { ImportSetPreview, ImportSetReport, SetChoices } from '../../../shared/model/importSet.js';
import { answerCalls, projectInfo } from '../storeHarness.js';

vi.mock('../../../renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));
vi.mock('../../../renderer/src/api/files.js', () => ({
  fileToEnginePath: (file: File) => Promise.resolve(`/in/${file.name}`),
}));

const ORDERS = 'orders.csv';
const LINES = 'lines.csv';

/** A preview that echoes the choices the way the engine applies them (a chosen link replaces the pair's guess). */
function setPreview(choices: SetChoices = {}): ImportSetPreview {
  const kind = (name: string, guess: 'orders' | 'order_lines') => {
    const chosen = choices.kinds?.[name];
    return { value: chosen ?? guess, reason: chosen ? 'Chosen by you.' : 'guessed', chosen: chosen !== undefined };
  };
  const preview = {} as ImportSetPreview['files'][number]['preview'];
  const chosen = (choices.links ?? []).map((l) => ({ ...l, origin: 'user' as const, reason: 'Chosen by you.' }));
  return {
    files: [
      { name: ORDERS, path: `/in/${ORDERS}`, kind: kind(ORDERS, 'orders'), preview },
      { name: LINES, path: `/in/${LINES}`, kind: kind(LINES, 'order_lines'), preview },
    ],
    links:
      chosen.length > 0
        ? chosen
        : [
            {
              from: { file: LINES, column: 'order_id' },
              to: { file: ORDERS, column: 'order_id' },
              origin: 'guessed',
              reason: 'Same header "order_id" in both files.',
            },
          ],
    refusals: [],
  };
}

const REPORT: ImportSetReport = {
  files: [],
  links: [],
  customers: 2,
  orders: 3,
  revenue: 71.75,
  amountSources: { own: 3, lines: 0, payments: 0, none: 0 },
  notes: [],
  durationMs: 12,
};

const files = () => [new File(['a'], ORDERS), new File(['bb'], LINES)];
const LINK = { from: { file: LINES, column: 'Invoice' }, to: { file: ORDERS, column: 'order_id' } };

describe('the wizard for several files', () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
  });

  it('keeps the single-file path for one file', async () => {
    const calls = answerCalls({ 'import/preview': () => Promise.reject(new Error('not needed')) });
    await useStore.getState().chooseFiles([new File(['a'], ORDERS)]);
    expect(calls.map((c) => c.method)).toEqual(['import/preview']);
    expect(useStore.getState().setSources).toBeNull();
    expect(useStore.getState().source).toEqual({ name: ORDERS, size: 1, path: `/in/${ORDERS}` });
  });

  it('previews several files as one set', async () => {
    const calls = answerCalls({ 'import/previewSet': ({ choices }) => setPreview(choices) });
    await useStore.getState().chooseFiles(files());
    expect(calls).toEqual([
      { method: 'import/previewSet', params: { paths: ['/in/orders.csv', '/in/lines.csv'], choices: {} } },
    ]);
    const { wizardStep, setSources, setPreview: shown, previewLoading, upload } = useStore.getState();
    expect({ wizardStep, setSources, shown, previewLoading, upload }).toEqual({
      wizardStep: 'preview',
      setSources: [
        { name: ORDERS, size: 1, path: '/in/orders.csv' },
        { name: LINES, size: 2, path: '/in/lines.csv' },
      ],
      shown: setPreview(),
      previewLoading: false,
      upload: null,
    });
  });

  it('asks again with the kinds and links the user chose, and removes a link by its two files', async () => {
    const calls = answerCalls({ 'import/previewSet': ({ choices }) => setPreview(choices) });
    await useStore.getState().chooseFiles(files());
    await useStore.getState().setFileKind(LINES, 'payments');
    await useStore.getState().addSetLink(LINK);
    // The engine turned nothing round here; a second link for the same pair replaces the first.
    const second = { from: { file: ORDERS, column: 'order_id' }, to: { file: LINES, column: 'order_id' } };
    await useStore.getState().addSetLink(second);
    expect(calls.slice(1).map((c) => c.params)).toEqual([
      { paths: ['/in/orders.csv', '/in/lines.csv'], choices: { kinds: { [LINES]: 'payments' } } },
      { paths: ['/in/orders.csv', '/in/lines.csv'], choices: { kinds: { [LINES]: 'payments' }, links: [LINK] } },
      { paths: ['/in/orders.csv', '/in/lines.csv'], choices: { kinds: { [LINES]: 'payments' }, links: [second] } },
    ]);
    expect(useStore.getState().setPreview?.files[1]?.kind).toEqual({
      value: 'payments',
      reason: 'Chosen by you.',
      chosen: true,
    });
    await useStore.getState().removeSetLink(LINK);
    expect(useStore.getState().setChoices).toEqual({ kinds: { [LINES]: 'payments' }, links: [] });
    expect(useStore.getState().setPreview?.links.map((l) => l.origin)).toEqual(['guessed']);
  });

  it('asks before replacing, and imports with replace once the user says so', async () => {
    let asked = 0;
    const calls = answerCalls({
      'import/previewSet': ({ choices }) => setPreview(choices),
      'import/runSet': ({ replace }) => {
        asked += 1;
        if (!replace) throw new ApiError({ code: 'NEEDS_CONFIRMATION', message: 'The project holds orders.' });
        return REPORT;
      },
      'project/current': projectInfo('/p/a.segwb'),
    });
    await useStore.getState().chooseFiles(files());
    await useStore.getState().startSetImport();
    expect(useStore.getState().wizardStep).toBe('preview');
    expect(useStore.getState().setReplaceAsk).toBe(true);
    useStore.getState().answerSetReplace('replace');
    await vi.waitFor(() => expect(useStore.getState().wizardStep).toBe('report'));
    expect(asked).toBe(2);
    const runs = calls.filter((c) => c.method === 'import/runSet').map((c) => c.params as { replace: boolean });
    expect(runs.map((r) => r.replace)).toEqual([false, true]);
    expect(useStore.getState().setReport).toEqual(REPORT);
    expect(useStore.getState().setReplaceAsk).toBe(false);
  });

  it('keeps the project as it is when the user keeps the data', async () => {
    answerCalls({
      'import/previewSet': ({ choices }) => setPreview(choices),
      'import/runSet': () => {
        throw new ApiError({ code: 'NEEDS_CONFIRMATION', message: 'The project holds orders.' });
      },
    });
    await useStore.getState().chooseFiles(files());
    await useStore.getState().startSetImport();
    useStore.getState().answerSetReplace('keep');
    expect(useStore.getState().setReplaceAsk).toBe(false);
    expect(useStore.getState().wizardStep).toBe('preview');
  });

  it('says the import was cancelled when the engine stopped it, not that it failed', async () => {
    answerCalls({
      'import/previewSet': ({ choices }) => setPreview(choices),
      'import/runSet': () => {
        throw new ApiError({ code: 'CANCELLED', message: 'Import of orders.csv cancelled: the project is unchanged.' });
      },
    });
    await useStore.getState().chooseFiles(files());
    await useStore.getState().startSetImport();
    expect(useStore.getState().cancelled).toBe(true);
    expect(useStore.getState().importError).toBeNull();
    expect(useStore.getState().job).toBeNull();
  });

  it('forgets the set when the wizard closes', async () => {
    answerCalls({ 'import/previewSet': ({ choices }) => setPreview(choices) });
    await useStore.getState().chooseFiles(files());
    useStore.getState().closeWizard();
    const { setSources, setPreview: shown, setChoices, wizardStep } = useStore.getState();
    expect({ setSources, shown, setChoices, wizardStep }).toEqual({
      setSources: null,
      shown: null,
      setChoices: {},
      wizardStep: null,
    });
  });
});

describe('a workbook’s sheet', () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
  });

  it('is asked for afresh when the user picks another, and imported from that sheet', async () => {
    const preview = {
      options: {
        kind: 'orders',
        encoding: 'utf-8',
        delimiter: ',',
        hasHeader: true,
        dateOrder: 'dmy',
        decimal: '.',
        columns: [],
      },
      kind: { value: 'orders', reason: 'r' },
      encoding: { value: 'utf-8', confidence: 1, candidates: [] },
      dateOrder: { value: 'dmy', basis: 'none', evidence: null },
    } as unknown as ImportPreview;
    const calls = answerCalls({ 'import/preview': preview });
    await useStore.getState().chooseFiles([new File(['x'], 'shop.xlsx')]);
    await useStore.getState().chooseSheet('Orders');
    expect(calls.map((c) => c.params)).toEqual([
      { path: '/in/shop.xlsx', overrides: {} },
      { path: '/in/shop.xlsx', overrides: {}, sheet: 'Orders' },
    ]);
    expect(useStore.getState().sheet).toBe('Orders');
  });
});
