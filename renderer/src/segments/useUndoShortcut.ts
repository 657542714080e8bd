/**
 * Ctrl+Z undoes the last edit of the open segment, Ctrl+Shift+Z and Ctrl+Y redo it (Cmd on macOS).
 * Inside a text box the browser's own text undo runs instead: the user is undoing their typing there.
 */
import { useEffect } from 'react';
import { useStore } from '../store/index.js';

/** Input types where the browser keeps its own undo of the typed text. */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

function editsText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** 'undo' / 'redo' for the builder's shortcuts, null for any other key. */
export function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

export function useUndoShortcut(): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      const action = historyKey(event);
      if (!action || event.defaultPrevented || editsText(event.target)) return;
      // A dialog over the builder (export) owns the keys: the rule behind it must not change unseen.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const state = useStore.getState();
      if (!state.draft || state.wizardStep !== null || state.pendingOpen !== null) return;
      event.preventDefault();
      state[action]();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
