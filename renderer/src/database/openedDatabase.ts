/**
 * Which database this tab had open, kept in sessionStorage so that a reload can tell "still open in
 * the engine" from "closed since (the app restarted)". Only the engine's opaque id and the address
 * as shown (password masked) are kept: the URL and its password stay in the engine's memory.
 */
import { z } from 'zod';
import type { SourceInfo } from '../../../shared/api.js';

const STORAGE_KEY = 'segwb.database';

const Opened = z.object({ id: z.string().min(1).max(200), shown: z.string().max(4000) }).strict();
export type OpenedDatabase = z.infer<typeof Opened>;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage can be disabled: a reload then starts afresh
  }
}

export function rememberDatabase(info: SourceInfo): void {
  storage()?.setItem(STORAGE_KEY, JSON.stringify({ id: info.id, shown: info.shown }));
}

export function forgetDatabase(): void {
  storage()?.removeItem(STORAGE_KEY);
}

/** The database this tab had open, or null (none, or storage holding something else). */
export function recallDatabase(): OpenedDatabase | null {
  const text = storage()?.getItem(STORAGE_KEY);
  if (!text) return null;
  try {
    const parsed = Opened.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
