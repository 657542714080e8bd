/** Ctrl+1..6 (Cmd on macOS) switch between the views while a project is open. */
import { useEffect } from 'react';
import { useStore } from '../store/index.js';
import { VIEWS } from './viewSlice.js';

export function useViewShortcuts(): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const view = VIEWS[Number(event.key) - 1];
      const state = useStore.getState();
      if (!view || !state.project || state.wizardStep !== null) return;
      event.preventDefault();
      state.setView(view);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
