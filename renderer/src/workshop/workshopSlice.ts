/** Workshop mode: whether the guide is open, and the project's progress through the five steps. */
import type { WorkshopState, WorkshopStep } from '../../../shared/contract/workshop.js';
import { api } from '../api/index.js';
import type { SliceCreator } from '../store/types.js';

const OPEN_KEY = 'segwb.workshop.open';

export interface WorkshopSlice {
  workshopOpen: boolean;
  workshop: WorkshopState | null;
  toggleWorkshop(): void;
  /** Asks the engine again (after any change the steps may read: data, segments, plans). */
  refreshWorkshop(): Promise<void>;
  markWorkshopStep(step: WorkshopStep, done: boolean): Promise<void>;
  resetWorkshop(): Promise<void>;
}

function storedOpen(): boolean {
  try {
    return globalThis.localStorage?.getItem(OPEN_KEY) === '1';
  } catch {
    return false; // storage blocked: the guide starts closed
  }
}

/** The state as it will be once the engine has the mark: the same rule as electron/core/workshop. */
export function withMark(state: WorkshopState, step: WorkshopStep, marked: boolean): WorkshopState {
  const steps = state.steps.map((s) =>
    s.step === step ? { ...s, marked, done: s.evidence.met && (!s.needsMark || marked) } : s,
  );
  return { ...state, steps, completed: steps.filter((s) => s.done).length };
}

export const createWorkshopSlice: SliceCreator<WorkshopSlice> = (set, get) => {
  const answer = async (call: () => Promise<WorkshopState>) => {
    try {
      set({ workshop: await call() });
    } catch (error) {
      get().reportError(error);
    }
  };
  return {
    workshopOpen: storedOpen(),
    workshop: null,
    toggleWorkshop: () => {
      const open = !get().workshopOpen;
      set({ workshopOpen: open });
      try {
        globalThis.localStorage?.setItem(OPEN_KEY, open ? '1' : '0');
      } catch {
        // not remembered, still toggled
      }
    },
    refreshWorkshop: () => answer(() => api.call('workshop/state', {})),
    markWorkshopStep: (step, done) => {
      // The tick shows at once (a checkbox that waits for the engine looks broken); the answer confirms it.
      const shown = get().workshop;
      if (shown) set({ workshop: withMark(shown, step, done) });
      return answer(() => api.call('workshop/mark', { step, done }));
    },
    resetWorkshop: () => answer(() => api.call('workshop/reset', {})),
  };
};
