/**
 * The segments chosen in the Compare view (keys of compare/choices.ts): kept while the user switches
 * views, forgotten when another project opens.
 */
import type { SliceCreator } from '../store/types.js';
import { ALL_CHOICE } from './choices.js';

export const INITIAL_COMPARED: readonly string[] = [ALL_CHOICE.key];

export interface CompareSlice {
  /** Choice keys in the order they were picked ("all", "saved:12", "rfm:Champions"). */
  comparedKeys: readonly string[];
  setComparedKeys(keys: readonly string[]): void;
  forgetComparedSegments(): void;
}

export const createCompareSlice: SliceCreator<CompareSlice> = (set) => ({
  comparedKeys: INITIAL_COMPARED,
  setComparedKeys: (comparedKeys) => set({ comparedKeys }),
  forgetComparedSegments: () => set({ comparedKeys: INITIAL_COMPARED }),
});
