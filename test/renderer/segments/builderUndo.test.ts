/**
 * Undo and redo in the builder: every rule edit and the name, colour and notes are steps; typing in
 * one field is one step; loading another segment starts a new history; the history is capped.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isDraftChanged } from '../../../renderer/src/segments/draft/draft.js';
import { HISTORY_LIMIT } from '../../../renderer/src/segments/draft/history.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import type { Rule } from '../../../shared/model/rules.js';
import { answerCalls, projectInfo } from '../storeHarness.js';
import { counts, FIELDS, segment } from './segmentsFixtures.js';

vi.mock('../../../renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));

const over = (value: number): Rule => ({ and: [{ field: 'monetary', op: '>', value }] });
const state = () => useStore.getState();
/** The parts of the draft a user edits, as one value to compare. */
const shown = () => {
  const draft = state().draft;
  return draft && { name: draft.name, rule: draft.rule };
};

describe('undo and redo in the builder', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetStore();
    state().projectChanged(projectInfo('/p/a.segwb'));
    useStore.setState({ fields: FIELDS, segments: [segment(1, 'VIP'), segment(2, 'Lapsed')] });
    answerCalls({
      'segments/count': counts(5),
      'segments/countParts': [],
      'segments/lint': [],
      'segments/save': segment(1, 'VIP again'),
    });
  });

  it('undoes a rule edit and then the name, and redoes both in order', () => {
    state().openSegment(1);
    expect(state().canUndo).toBe(false);
    state().setDraftMeta({ name: 'VIP 2025' });
    state().editRule(() => over(500));
    expect(shown()).toEqual({ name: 'VIP 2025', rule: over(500) });
    expect(state().canUndo).toBe(true);
    expect(state().canRedo).toBe(false);

    state().undo();
    expect(shown()).toEqual({ name: 'VIP 2025', rule: over(100) });
    state().undo();
    expect(shown()).toEqual({ name: 'VIP', rule: over(100) });
    expect(state().canUndo).toBe(false);
    expect(state().canRedo).toBe(true);
    expect(isDraftChanged(state().draft, state().baseline)).toBe(false); // back to "saved"
    state().undo(); // nothing left: nothing changes
    expect(shown()).toEqual({ name: 'VIP', rule: over(100) });

    state().redo();
    expect(shown()).toEqual({ name: 'VIP 2025', rule: over(100) });
    state().redo();
    expect(shown()).toEqual({ name: 'VIP 2025', rule: over(500) });
    expect(state().canRedo).toBe(false);
    expect(state().draft?.id).toBe(1);
  });

  it('recounts and re-prunes the rule it restores', () => {
    state().openSegment(1);
    state().editRule(() => ({ and: [{ field: 'monetary' }] }) as never);
    expect(state().pruned?.incomplete).toEqual(['0']);
    state().undo();
    expect(state().pruned?.incomplete).toEqual([]);
    expect(state().pruned?.rule).toEqual(over(100));
    expect(state().live.status).toBe('counting');
  });

  it('makes one step of typing in one field, and a new step when another field is edited', () => {
    state().openSegment(1);
    for (const name of ['V', 'VI', 'VIP', 'VIP!']) state().setDraftMeta({ name });
    for (const value of [2, 25, 250]) state().editRule(() => over(value), 'value:0');
    state().setDraftMeta({ description: 'a' });
    state().setDraftMeta({ description: 'ab' });
    state().setDraftMeta({ name: 'VIP!?' });
    expect(state().history.past.length).toBe(4);

    state().undo();
    expect(state().draft?.name).toBe('VIP!');
    state().undo();
    expect(state().draft?.description).toBe('');
    state().undo();
    expect(shown()).toEqual({ name: 'VIP!', rule: over(100) });
    state().undo();
    expect(shown()).toEqual({ name: 'VIP', rule: over(100) });
  });

  it('drops a typing step that was typed back to where it began (the text box undid it)', () => {
    state().openSegment(1);
    state().editRule(() => over(200));
    state().setDraftMeta({ name: 'VIP!' });
    state().setDraftMeta({ name: 'VIP' });
    expect(state().history.past.length).toBe(1);
    state().undo();
    expect(shown()).toEqual({ name: 'VIP', rule: over(100) });
  });

  it('starts a new typing step after an undo', () => {
    state().openSegment(1);
    state().setDraftMeta({ name: 'VIP 1' });
    state().undo();
    state().setDraftMeta({ name: 'VIP 2' });
    state().setDraftMeta({ name: 'VIP 23' });
    state().undo();
    expect(state().draft?.name).toBe('VIP');
    expect(state().canUndo).toBe(false);
  });

  it('forgets the redo steps once a new edit is made', () => {
    state().openSegment(1);
    state().editRule(() => over(200));
    state().undo();
    state().editRule(() => over(300));
    expect(state().canRedo).toBe(false);
    state().redo();
    expect(shown()?.rule).toEqual(over(300));
  });

  it('makes no step of an edit that changes nothing', () => {
    state().openSegment(1);
    state().editRule((rule) => rule);
    state().setDraftMeta({ name: 'VIP' });
    expect(state().canUndo).toBe(false);
  });

  it('clears the history when another segment or a new one is opened', () => {
    state().openSegment(1);
    state().editRule(() => over(200));
    state().undo();
    expect(state().canRedo).toBe(true);
    state().openSegment(2);
    expect(state().history).toEqual({ past: [], future: [], lastKey: null });
    state().newSegment();
    expect(state().history).toEqual({ past: [], future: [], lastKey: null });
    state().editRule(() => over(200));
    state().resetBuilder();
    expect(state().history).toEqual({ past: [], future: [], lastKey: null });
    expect(state().canUndo).toBe(false);
  });

  it('keeps the last HISTORY_LIMIT steps', () => {
    state().openSegment(1);
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) state().editRule(() => over(1000 + i));
    expect(state().history.past.length).toBe(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) state().undo();
    // The oldest five steps (back to 100, 1001..1004) were dropped: the earliest left is 1005.
    expect(shown()?.rule).toEqual(over(1005));
  });

  it('keeps the saved id when an undo goes back past a save', async () => {
    state().newSegment();
    state().setDraftMeta({ name: 'VIP again' });
    state().editRule(() => over(100));
    expect(await state().saveDraft()).toBe(true);
    state().undo();
    state().undo();
    expect(state().draft).toMatchObject({ id: 1, name: '', rule: { and: [] } });
  });
});
