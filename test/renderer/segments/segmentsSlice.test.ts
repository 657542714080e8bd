import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PROFILE_VALUES } from '../../../renderer/src/segments/segmentsSlice.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import type { FieldProfile } from '../../../shared/api.js';
import { answerCalls, projectInfo, settle } from '../storeHarness.js';
import { FIELDS, segment, TEMPLATE } from './segmentsFixtures.js';

vi.mock('../../../renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));

const PROFILE: FieldProfile = {
  key: 'country',
  source: 'customers',
  type: 'category',
  filled: 3,
  empty: 1,
  min: null,
  max: null,
  values: [{ value: 'FR', count: 3 }],
};

const list = () => {
  const { segments, segmentsStatus, fields, templates, lintMinSize } = useStore.getState();
  return { segments, segmentsStatus, fields, templates, lintMinSize };
};

describe('the segments slice', () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
  });

  it('loads the list, the fields, the templates and the project linter size together', async () => {
    answerCalls({
      'segments/list': [segment(1, 'VIP')],
      'fields/list': FIELDS,
      'segments/templates': [TEMPLATE],
      'segments/lintMinSize': { minSize: 50 },
    });
    const loading = useStore.getState().loadSegments();
    expect(useStore.getState().segmentsStatus).toBe('loading');
    await loading;
    expect(list()).toEqual({
      segments: [segment(1, 'VIP')],
      segmentsStatus: 'ready',
      fields: FIELDS,
      templates: [TEMPLATE],
      lintMinSize: 50,
    });
  });

  it('drops a list answered for the project before another one opened', async () => {
    let answer: (segments: ReturnType<typeof segment>[]) => void = () => {};
    answerCalls({
      'segments/list': () => new Promise((resolve) => (answer = resolve)),
      'fields/list': FIELDS,
      'segments/templates': [],
      'segments/lintMinSize': { minSize: 30 },
    });
    const loading = useStore.getState().loadSegments();
    useStore.getState().projectChanged(projectInfo('/p/b.segwb'));
    answer([segment(1, 'of a')]);
    await loading;
    expect(list()).toEqual({ segments: [], segmentsStatus: 'idle', fields: null, templates: null, lintMinSize: null });
  });

  it('loads a field profile once, with the first values offered', async () => {
    const calls = answerCalls({ 'fields/profile': PROFILE });
    useStore.getState().ensureProfile({ key: 'country', source: 'customers' });
    expect(useStore.getState().profiles).toEqual({ 'customers:country': 'loading' });
    useStore.getState().ensureProfile({ key: 'country', source: 'customers' });
    await settle();
    expect(useStore.getState().profiles).toEqual({ 'customers:country': PROFILE });
    expect(calls).toEqual([
      { method: 'fields/profile', params: { key: 'country', source: 'customers', limit: PROFILE_VALUES } },
    ]);
  });

  it('marks a profile that could not be loaded', async () => {
    answerCalls({});
    useStore.getState().ensureProfile({ key: 'country', source: 'customers' });
    await settle();
    expect(useStore.getState().profiles).toEqual({ 'customers:country': 'error' });
  });

  it('inserts a saved segment at the end and replaces one with the same id in place', () => {
    useStore.setState({ segments: [segment(1, 'A'), segment(2, 'B')] });
    useStore.getState().segmentSaved(segment(3, 'C'));
    useStore.getState().segmentSaved(segment(1, 'A renamed'));
    expect(useStore.getState().segments.map((s) => s.name)).toEqual(['A renamed', 'B', 'C']);
  });

  it('deletes a segment with undo, and undo brings it back in the engine’s order', async () => {
    const calls = answerCalls({
      'segments/delete': { deleted: segment(2, 'B') },
      'segments/restore': segment(2, 'B'),
      'segments/list': [segment(1, 'A'), segment(2, 'B')],
    });
    useStore.setState({ segments: [segment(1, 'A'), segment(2, 'B')] });
    await useStore.getState().deleteSegment(2);
    expect(useStore.getState().segments.map((s) => s.id)).toEqual([1]);
    expect(useStore.getState().deletedSegment).toEqual(segment(2, 'B'));
    expect(useStore.getState().reopenAfterUndo).toBe(false);
    await useStore.getState().undoDelete();
    expect(useStore.getState().segments).toEqual([segment(1, 'A'), segment(2, 'B')]);
    expect(useStore.getState().deletedSegment).toBeNull();
    expect(calls.map((c) => c.method)).toEqual(['segments/delete', 'segments/restore', 'segments/list']);
    expect(calls[1]?.params).toEqual({
      id: 2,
      name: 'B',
      color: '#2f54eb',
      description: null,
      strategy: null,
      plan: null,
      rule: { field: 'monetary', op: '>', value: 100 },
    });
  });

  it('forgets profiles but keeps the list when the same project gets new data', () => {
    useStore.setState({
      segments: [segment(1, 'A')],
      segmentsStatus: 'ready',
      profiles: { 'customers:country': PROFILE },
    });
    useStore.getState().invalidateSegments(false);
    expect(useStore.getState().segments).toEqual([segment(1, 'A')]);
    expect(useStore.getState().profiles).toEqual({});
    expect(useStore.getState().segmentsStatus).toBe('idle');
  });
});
