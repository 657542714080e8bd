/**
 * Day/month order of a file's dates, decided from its values. A value proves the order when a
 * part cannot be a month: 20/12/2010 is dmy, 12/20/2010 is mdy; 2010-12-20 is ymd. When no value
 * decides, the order is 'dmy' (the default outside the US) and the UI asks the user.
 */
import type { DateOrder, DateOrderGuess } from '../../../../shared/model/import.js';
import { hasEasternDigits, toAsciiDigits } from './digits.js';

const DATE_PARTS = /^\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})/;

/** The order one value proves, or null when it is not a date or fits both dmy and mdy. */
export function dateOrderVote(sample: string): DateOrder | null {
  const match = DATE_PARTS.exec(hasEasternDigits(sample) ? toAsciiDigits(sample) : sample);
  return match ? voteOf(match) : null;
}

function voteOf(match: RegExpExecArray): DateOrder | null {
  const first = match[1] as string;
  const a = Number(first);
  const b = Number(match[2]);
  if (first.length === 4) return 'ymd';
  if (first.length === 3) return null;
  if (a > 12 && a <= 31 && b >= 1 && b <= 12) return 'dmy';
  if (b > 12 && b <= 31 && a >= 1 && a <= 12) return 'mdy';
  return null;
}

/**
 * Counts the votes of date-like samples. Four-digit-year-first values (ISO) read the same in
 * any order, so they decide only when no value votes dmy or mdy. Contradicting votes: the
 * majority wins (dmy on a tie), and the basis is still 'data'.
 */
export function detectDateOrder(samples: readonly string[]): DateOrderGuess {
  const votes = { dmy: 0, mdy: 0, ymd: 0 };
  const evidence: Record<DateOrder, string | null> = { dmy: null, mdy: null, ymd: null };
  let dateLike = 0;
  for (const sample of samples) {
    const match = DATE_PARTS.exec(hasEasternDigits(sample) ? toAsciiDigits(sample) : sample);
    if (!match) continue;
    dateLike += 1;
    const vote = voteOf(match);
    if (vote === null) continue;
    votes[vote] += 1;
    evidence[vote] ??= sample.trim();
  }
  if (dateLike === 0) return { value: 'dmy', basis: 'none', evidence: null };
  if (votes.dmy + votes.mdy > 0) {
    const value: DateOrder = votes.mdy > votes.dmy ? 'mdy' : 'dmy';
    return { value, basis: 'data', evidence: evidence[value] };
  }
  if (votes.ymd > 0) return { value: 'ymd', basis: 'data', evidence: evidence.ymd };
  return { value: 'dmy', basis: 'ambiguous', evidence: null };
}
