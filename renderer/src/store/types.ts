/** The store's shape: one store made of feature slices (zustand's slices pattern). */
import type { StateCreator } from 'zustand';
import type { DataSlice } from '../data/dataSlice.js';
import type { ImportSlice } from '../import/importSlice.js';
import type { BuilderSlice } from '../segments/builderSlice.js';
import type { SegmentsSlice } from '../segments/segmentsSlice.js';
import type { ErrorSlice } from '../shell/errorSlice.js';
import type { ViewSlice } from '../shell/viewSlice.js';
import type { ProjectSlice } from '../start/projectSlice.js';
import type { ChoicesSlice } from './choicesSlice.js';

export type StoreState = ProjectSlice &
  ImportSlice &
  ViewSlice &
  DataSlice &
  SegmentsSlice &
  BuilderSlice &
  ErrorSlice &
  ChoicesSlice;

export type SliceCreator<T> = StateCreator<StoreState, [], [], T>;
