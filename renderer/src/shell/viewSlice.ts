import type { SliceCreator } from '../store/types.js';

export const VIEWS = [
  'data',
  'segments',
  'rfm',
  'compare',
  'pareto',
  'changes',
  'report',
  'discover',
  'predict',
] as const;
export type ViewName = (typeof VIEWS)[number];

export function isViewName(value: unknown): value is ViewName {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

/** The small project dialogs, opened from the start page or the Electron menu. */
export type ProjectDialog = 'new' | 'open' | null;

export interface ViewSlice {
  view: ViewName;
  projectDialog: ProjectDialog;
  setView(view: ViewName): void;
  setProjectDialog(dialog: ProjectDialog): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  view: 'data',
  projectDialog: null,
  setView: (view) => set({ view }),
  setProjectDialog: (projectDialog) => set({ projectDialog }),
});
