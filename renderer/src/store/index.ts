/** The app's one store, built from feature slices; resetStore() puts it back as it started (tests). */
import { create } from 'zustand';
import { createBuilderSlice } from './builderSlice.js';
import { createChoicesSlice } from './choicesSlice.js';
import { createDataSlice } from './dataSlice.js';
import { createErrorSlice } from './errorSlice.js';
import { createImportSlice } from './importSlice.js';
import { createProjectSlice } from './projectSlice.js';
import { createSegmentsSlice } from './segmentsSlice.js';
import type { StoreState } from './types.js';
import { createViewSlice } from './viewSlice.js';

export const useStore = create<StoreState>()((...a) => ({
  ...createProjectSlice(...a),
  ...createImportSlice(...a),
  ...createViewSlice(...a),
  ...createDataSlice(...a),
  ...createSegmentsSlice(...a),
  ...createBuilderSlice(...a),
  ...createErrorSlice(...a),
  ...createChoicesSlice(...a),
}));

const initialState = useStore.getState();

export function resetStore(): void {
  useStore.setState(initialState, true);
}

export type { StoreState } from './types.js';
