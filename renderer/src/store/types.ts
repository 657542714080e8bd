/** The store's shape: one store made of feature slices (zustand's slices pattern). */
import type { StateCreator } from 'zustand';
import type { BuilderSlice } from './builderSlice.js';
import type { ChoicesSlice } from './choicesSlice.js';
import type { DataSlice } from './dataSlice.js';
import type { ErrorSlice } from './errorSlice.js';
import type { ImportSlice } from './importSlice.js';
import type { ProjectSlice } from './projectSlice.js';
import type { SegmentsSlice } from './segmentsSlice.js';
import type { ViewSlice } from './viewSlice.js';

export type StoreState = ProjectSlice &
  ImportSlice &
  ViewSlice &
  DataSlice &
  SegmentsSlice &
  BuilderSlice &
  ErrorSlice &
  ChoicesSlice;

export type SliceCreator<T> = StateCreator<StoreState, [], [], T>;
