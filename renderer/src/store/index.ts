/** The app's one store, built from feature slices; resetStore() puts it back as it started (tests). */
import { create } from 'zustand';
import { createCompareSlice } from '../compare/compareSlice.js';
import { createDataSlice } from '../data/dataSlice.js';
import { createDatabaseSlice } from '../database/databaseSlice.js';
import { createImportSetSlice } from '../import/importSetSlice.js';
import { createImportSlice } from '../import/importSlice.js';
import { createParetoSlice } from '../pareto/paretoSlice.js';
import { createRfmSlice } from '../rfm/rfmSlice.js';
import { createBuilderSlice } from '../segments/builderSlice.js';
import { createSegmentsSlice } from '../segments/segmentsSlice.js';
import { createErrorSlice } from '../shell/errorSlice.js';
import { createViewSlice } from '../shell/viewSlice.js';
import { createProjectSlice } from '../start/projectSlice.js';
import { createWorkshopSlice } from '../workshop/workshopSlice.js';
import type { StoreState } from './types.js';

export const useStore = create<StoreState>()((...a) => ({
  ...createProjectSlice(...a),
  ...createImportSlice(...a),
  ...createImportSetSlice(...a),
  ...createViewSlice(...a),
  ...createDataSlice(...a),
  ...createSegmentsSlice(...a),
  ...createBuilderSlice(...a),
  ...createErrorSlice(...a),
  ...createRfmSlice(...a),
  ...createCompareSlice(...a),
  ...createParetoSlice(...a),
  ...createWorkshopSlice(...a),
  ...createDatabaseSlice(...a),
}));

const initialState = useStore.getState();

export function resetStore(): void {
  useStore.setState(initialState, true);
}

export type { StoreState } from './types.js';
