/** useState that survives switching views: the value lives in the store's choices under key. */
import { useCallback, useState } from 'react';
import { useStore } from './index.js';

export function useChoice<T>(key: string, initial: T): [T, (next: T) => void] {
  // The first initial value is kept, so a literal like [] does not change identity every render.
  const [fallback] = useState(initial);
  const stored = useStore((s) => s.choices[key]) as T | undefined;
  const setChoice = useStore((s) => s.setChoice);
  const set = useCallback((next: T) => setChoice(key, next), [setChoice, key]);
  return [stored === undefined ? fallback : stored, set];
}
