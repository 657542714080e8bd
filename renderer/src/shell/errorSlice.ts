import { type ApiErrorShape, toApiErrorShape } from '../api/apiError.js';
import type { SliceCreator } from '../store/types.js';

export interface ShownError extends ApiErrorShape {
  id: number;
}

export interface ErrorSlice {
  errors: ShownError[];
  /** Shows an error in the global banner; anything thrown is accepted. */
  reportError(error: unknown): void;
  dismissError(id: number): void;
}

let nextId = 1;
/** Older errors are dropped so a burst of failures cannot fill the window. */
const MAX_SHOWN = 3;

export const createErrorSlice: SliceCreator<ErrorSlice> = (set) => ({
  errors: [],
  reportError: (error) =>
    set((state) => {
      const shape = toApiErrorShape(error);
      const withoutSame = state.errors.filter((e) => e.message !== shape.message);
      return { errors: [...withoutSame, { ...shape, id: nextId++ }].slice(-MAX_SHOWN) };
    }),
  dismissError: (id) => set((state) => ({ errors: state.errors.filter((e) => e.id !== id) })),
});
