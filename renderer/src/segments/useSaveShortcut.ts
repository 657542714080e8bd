/** Ctrl+S (Cmd+S on macOS) saves the open segment while the Segments view is shown. */
import { useEffect } from 'react';
import { useStore } from '../store/index.js';

export function useSaveShortcut(): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's')
        return;
      const state = useStore.getState();
      if (!state.draft || state.wizardStep !== null) return;
      event.preventDefault(); // never the browser's "save page"
      void state.saveDraft();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
