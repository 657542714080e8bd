import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COUNT_DEBOUNCE_MS } from '../../../renderer/src/segments/builderSlice.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import type { Rule } from '../../../shared/model/rules.js';
import { EMPTY_PLAN } from '../../../shared/model/segmentPlan.js';
import { type Answers, answerCalls, projectInfo } from '../storeHarness.js';
import { counts, FIELDS, segment, TEMPLATE } from './segmentsFixtures.js';

vi.mock('../../../renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));

const RICH = { field: 'monetary', op: '>', value: 500 } as const;

/** The engine counts a rule as its first threshold / 10 customers, so each answer says which rule it was for. */
function countingEngine(extra: Answers = {}) {
  const threshold = (rule: Rule): number => {
    const first = 'and' in rule ? rule.and[0] : rule;
    return first && 'value' in first && typeof first.value === 'number' ? first.value / 10 : 100;
  };
  return answerCalls({
    'segments/count': ({ rule }) => counts(threshold(rule as Rule)),
    'segments/countParts': ({ rule }) => [{ path: '0', customers: threshold(rule as Rule), revenue: 0 }],
    'segments/lint': () => [
      { code: 'too_small', message: 'Small.', reason: 'tooSmall', values: { customers: 3, min: 30 } },
    ],
    ...extra,
  });
}

describe('the builder slice', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetStore();
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.setState({ fields: FIELDS, segments: [segment(1, 'VIP')] });
  });
  afterEach(() => vi.useRealTimers());

  it('opens a blank segment in the first free colour and counts everyone after the pause', async () => {
    const calls = countingEngine();
    useStore.getState().newSegment();
    expect(useStore.getState().draft).toEqual({
      id: null,
      name: '',
      color: '#13a8a8',
      description: '',
      strategy: '',
      plan: EMPTY_PLAN,
      rule: { and: [] },
    });
    expect(useStore.getState().live.status).toBe('counting');
    await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS);
    expect(calls.map((c) => c.method)).toEqual(['segments/count', 'segments/countParts', 'segments/lint']);
    expect(useStore.getState().live).toEqual({
      counts: counts(100),
      parts: {},
      warnings: [{ code: 'too_small', message: 'Small.', reason: 'tooSmall', values: { customers: 3, min: 30 } }],
      status: 'ready',
      error: null,
    });
  });

  it('counts only the last of several quick edits, with part counts on the edited paths', async () => {
    const calls = countingEngine();
    useStore.getState().newSegment();
    useStore.getState().editRule(() => ({ and: [{ field: 'monetary', op: '>', value: 100 }] }));
    await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS / 2);
    useStore.getState().editRule(() => ({ and: [{ field: 'monetary' }, RICH] }) as never);
    await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS);
    expect(calls.filter((c) => c.method === 'segments/count').map((c) => c.params)).toEqual([
      { rule: { and: [RICH] } },
    ]);
    expect(useStore.getState().pruned?.incomplete).toEqual(['0']);
    expect(useStore.getState().live.counts).toEqual(counts(50));
    expect(useStore.getState().live.parts).toEqual({ '1': { path: '1', customers: 50, revenue: 0 } });
  });

  it('asks before an open throws away unsaved changes, and opens once the user agrees', async () => {
    countingEngine();
    useStore.getState().newSegment(TEMPLATE);
    useStore.getState().setDraftMeta({ name: 'Big spenders (mine)' });
    useStore.getState().openSegment(1);
    expect(useStore.getState().pendingOpen).toEqual({ kind: 'segment', id: 1 });
    expect(useStore.getState().draft?.name).toBe('Big spenders (mine)');
    useStore.getState().cancelDiscard();
    expect(useStore.getState().pendingOpen).toBeNull();
    useStore.getState().openSegment(1);
    useStore.getState().confirmDiscard();
    expect(useStore.getState().draft).toEqual({
      id: 1,
      name: 'VIP',
      color: '#2f54eb',
      description: '',
      strategy: '',
      plan: EMPTY_PLAN,
      rule: { and: [{ field: 'monetary', op: '>', value: 100 }] },
    });
    // the stored counts show while the live ones are asked for
    expect(useStore.getState().live.counts).toEqual(counts(1));
  });

  it('will not save without a name or with an incomplete condition', async () => {
    const calls = countingEngine();
    useStore.getState().newSegment();
    expect(await useStore.getState().saveDraft()).toBe(false);
    expect(useStore.getState().saveProblem).toBe('name');
    useStore.getState().setDraftMeta({ name: 'Half made' });
    useStore.getState().editRule(() => ({ and: [{ field: 'monetary' }] }) as never);
    expect(await useStore.getState().saveDraft()).toBe(false);
    expect(useStore.getState().saveProblem).toBe('incomplete');
    expect(calls.some((c) => c.method === 'segments/save')).toBe(false);
  });

  it('will not save a name over 200 characters, keeping all of it (never cut without a word)', async () => {
    const calls = countingEngine();
    useStore.getState().newSegment();
    const long = `${'م'.repeat(195)} آخرین`;
    useStore.getState().setDraftMeta({ name: long });
    expect(await useStore.getState().saveDraft()).toBe(false);
    expect(useStore.getState().saveProblem).toBe('nameTooLong');
    expect(useStore.getState().draft?.name).toBe(long);
    expect(calls.some((c) => c.method === 'segments/save')).toBe(false);
  });

  it('saves the counted rule, keeps the edited one and adds the segment to the list', async () => {
    const calls = countingEngine({ 'segments/save': segment(7, 'Rich') });
    useStore.getState().newSegment();
    useStore.getState().setDraftMeta({ name: '  Rich  ', description: ' ' });
    useStore.getState().editRule(() => ({ and: [RICH] }));
    expect(await useStore.getState().saveDraft()).toBe(true);
    expect(calls.find((c) => c.method === 'segments/save')?.params).toEqual({
      name: 'Rich',
      color: '#13a8a8',
      description: null,
      strategy: null,
      plan: null,
      rule: { and: [RICH] },
    });
    expect(useStore.getState().draft).toMatchObject({ id: 7, name: 'Rich', rule: { and: [RICH] } });
    expect(useStore.getState().segments.map((s) => s.id)).toEqual([1, 7]);
  });

  it('saves the strategy plan typed field by field, and one undo step per field typed', async () => {
    const calls = countingEngine({ 'segments/save': segment(7, 'Rich') });
    useStore.getState().newSegment();
    useStore.getState().setDraftMeta({ name: 'Rich' });
    useStore.getState().editRule(() => ({ and: [RICH] }));
    useStore.getState().setDraftPlan({ goal: 'Keep' });
    useStore.getState().setDraftPlan({ goal: 'Keep them' });
    useStore.getState().setDraftPlan({ kpi_target: 25 });
    useStore.getState().undo();
    expect(useStore.getState().draft?.plan).toEqual({ ...EMPTY_PLAN, goal: 'Keep them' });
    useStore.getState().redo();
    expect(await useStore.getState().saveDraft()).toBe(true);
    expect(calls.find((c) => c.method === 'segments/save')?.params).toMatchObject({
      plan: { ...EMPTY_PLAN, goal: 'Keep them', kpi_target: 25 },
    });
  });

  it('drops a count still waiting when the builder is reset', async () => {
    const calls = countingEngine();
    useStore.getState().newSegment();
    useStore.getState().resetBuilder();
    await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS * 2);
    expect(calls).toEqual([]);
    expect(useStore.getState().draft).toBeNull();
    expect(useStore.getState().live.status).toBe('idle');
  });
});
