/** Per-connection setup for rule queries: the SQL functions compiled rules call. */
import { foldText } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';

/** Name of the SQL twin of foldText (case-insensitive, Unicode-aware text keys). */
export const FOLD_FUNCTION = 'segwb_fold';

const prepared = new WeakSet<Db>();

/** Most calls repeat a few distinct values (cities, interests): folding is memoised. */
const MEMO_LIMIT = 50_000;
const folded = new Map<string, string>();

function memoFold(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    if (folded.size >= MEMO_LIMIT) folded.clear();
    result = foldText(text);
    folded.set(text, result);
  }
  return result;
}

export function registerRuleFunctions(db: Db): void {
  if (prepared.has(db)) return;
  db.function(FOLD_FUNCTION, { deterministic: true }, (value: unknown) =>
    value === null || value === undefined ? null : memoFold(String(value)),
  );
  prepared.add(db);
}
