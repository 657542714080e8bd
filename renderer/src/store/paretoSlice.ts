import type { ParetoChart } from '../../../shared/api.js';
import { api } from '../api/index.js';
import type { SliceCreator } from './types.js';

/** Bars the chart asks for: enough to show the shape, few enough to stay readable and fast. */
const PARETO_BARS = 100;

export interface ParetoSlice {
  pareto: ParetoChart | null;
  paretoStatus: 'idle' | 'loading' | 'ready' | 'error';
  loadPareto(): Promise<void>;
  invalidatePareto(): void;
}

export const createParetoSlice: SliceCreator<ParetoSlice> = (set, get) => {
  let request = 0;
  return {
    pareto: null,
    paretoStatus: 'idle',

    loadPareto: async () => {
      if (!get().project) return;
      const mine = ++request;
      set({ paretoStatus: 'loading' });
      try {
        const pareto = await api.call('pareto/get', { maxBars: PARETO_BARS });
        if (mine === request) set({ pareto, paretoStatus: 'ready' });
      } catch (error) {
        if (mine !== request) return;
        set({ paretoStatus: 'error' });
        get().reportError(error);
      }
    },

    invalidatePareto: () => {
      request++;
      set({ pareto: null, paretoStatus: 'idle' });
    },
  };
};
