/**
 * What the user picked in a view (RFM settings, segments to compare, Pareto filters), kept while
 * they switch views and forgotten when another project opens.
 */
import type { SliceCreator } from './types.js';

export interface ChoicesSlice {
  choices: Readonly<Record<string, unknown>>;
  setChoice(key: string, value: unknown): void;
  forgetChoices(): void;
}

export const createChoicesSlice: SliceCreator<ChoicesSlice> = (set) => ({
  choices: {},
  setChoice: (key, value) => set((state) => ({ choices: { ...state.choices, [key]: value } })),
  forgetChoices: () => set({ choices: {} }),
});
