/**
 * Undo and redo of the draft: the states before each edit (past) and the ones undone (future).
 * Typing in one field is one step (consecutive edits with the same key join the step before).
 * The id is not part of a step: undoing past a save must not turn the saved segment back into a new one.
 * (The id goes first in a restored draft: isDraftChanged compares drafts as JSON, so key order matters.)
 */
import type { Draft } from './draft.js';

/** The most steps kept; older ones are dropped so a long session does not grow without end. */
export const HISTORY_LIMIT = 100;

export type DraftContent = Omit<Draft, 'id'>;

export interface DraftHistory {
  past: DraftContent[];
  future: DraftContent[];
  /** The field the newest step was typed in; null when the next edit must start a new step. */
  lastKey: string | null;
}

export const emptyHistory: DraftHistory = { past: [], future: [], lastKey: null };

function contentOf({ id: _id, ...content }: Draft): DraftContent {
  return content;
}

function sameContent(a: Draft, b: Draft): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

/** The history after `before` became `after`; key names the field typed in (null: a step of its own). */
export function recordEdit(history: DraftHistory, before: Draft, after: Draft, key: string | null): DraftHistory {
  if (sameContent(before, after)) return history;
  const start = history.past.at(-1);
  if (key !== null && key === history.lastKey && start) {
    // Typed back to where the step began (the text box's own undo, say): the step undid itself.
    if (JSON.stringify(start) === JSON.stringify(contentOf(after))) {
      return { past: history.past.slice(0, -1), future: [], lastKey: null };
    }
    return { ...history, future: [] };
  }
  return { past: [...history.past, contentOf(before)].slice(-HISTORY_LIMIT), future: [], lastKey: key };
}

/** The next typing starts a new step (after a save, say). */
export function breakStep(history: DraftHistory): DraftHistory {
  return history.lastKey === null ? history : { ...history, lastKey: null };
}

export interface HistoryMove {
  draft: Draft;
  history: DraftHistory;
}

/** Back one step, or null when there is none. */
export function undoStep(history: DraftHistory, current: Draft): HistoryMove | null {
  const previous = history.past.at(-1);
  if (!previous) return null;
  return {
    draft: { id: current.id, ...previous },
    history: { past: history.past.slice(0, -1), future: [...history.future, contentOf(current)], lastKey: null },
  };
}

/** Forward one undone step, or null when there is none. */
export function redoStep(history: DraftHistory, current: Draft): HistoryMove | null {
  const next = history.future.at(-1);
  if (!next) return null;
  return {
    draft: { id: current.id, ...next },
    history: { past: [...history.past, contentOf(current)], future: history.future.slice(0, -1), lastKey: null },
  };
}
