/** The store's shape: one store made of feature slices (zustand's slices pattern). */
import type { StateCreator } from 'zustand';
import type { CompareSlice } from '../compare/compareSlice.js';
import type { DataSlice } from '../data/dataSlice.js';
import type { DatabaseSlice } from '../database/databaseSlice.js';
import type { ImportSetSlice } from '../import/importSetSlice.js';
import type { ImportSlice } from '../import/importSlice.js';
import type { ParetoSlice } from '../pareto/paretoSlice.js';
import type { RfmSlice } from '../rfm/rfmSlice.js';
import type { BuilderSlice } from '../segments/builderSlice.js';
import type { SegmentsSlice } from '../segments/segmentsSlice.js';
import type { ErrorSlice } from '../shell/errorSlice.js';
import type { ViewSlice } from '../shell/viewSlice.js';
import type { ProjectSlice } from '../start/projectSlice.js';
import type { WorkshopSlice } from '../workshop/workshopSlice.js';

export type StoreState = ProjectSlice &
  ImportSlice &
  ImportSetSlice &
  ViewSlice &
  DataSlice &
  SegmentsSlice &
  BuilderSlice &
  ErrorSlice &
  RfmSlice &
  CompareSlice &
  ParetoSlice &
  WorkshopSlice &
  DatabaseSlice;

export type SliceCreator<T> = StateCreator<StoreState, [], [], T>;
