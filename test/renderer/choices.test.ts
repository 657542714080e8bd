import { describe, expect, it } from 'vitest';
import { create, type StateCreator } from 'zustand';
import { type ChoicesSlice, createChoicesSlice } from '../../renderer/src/store/choicesSlice.js';

// The slice alone: it only reads and writes its own part of the state.
const store = () => create<ChoicesSlice>()(createChoicesSlice as unknown as StateCreator<ChoicesSlice>);

describe('view choices', () => {
  it('keeps each view choice under its key and forgets them all at once', () => {
    const s = store();
    s.getState().setChoice('compare.chosen', ['all', 'id:3']);
    s.getState().setChoice('pareto.by', 'category');
    s.getState().setChoice('pareto.by', 'country');
    expect(s.getState().choices).toEqual({ 'compare.chosen': ['all', 'id:3'], 'pareto.by': 'country' });
    s.getState().forgetChoices();
    expect(s.getState().choices).toEqual({});
  });
});
