/** Segment names: compared without case (as users read them), and the names duplicates get. */
import { MAX_NAME_LENGTH } from '../../../shared/contract/common.js';
import { WorkbenchError } from '../../../shared/errors.js';

/** The form two names are compared in: "VIP" and "vip" are the same segment name. */
export function foldName(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase('und');
}

/**
 * "Name (copy)", then "Name (copy 2)", "Name (copy 3)"... A copy of a copy counts on from the
 * original's name instead of growing "(copy) (copy)". A name is never cut to make room for the
 * suffix (the user would lose its end without a word): a copy that would be too long is refused.
 */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${base}${suffix}`;
    if (taken.has(foldName(candidate))) continue;
    if (candidate.length > MAX_NAME_LENGTH) {
      throw new WorkbenchError(
        'INVALID_PARAMS',
        `“${name}” is too long to copy: with “${suffix.trim()}” the name would have ${candidate.length} characters, and names can have at most ${MAX_NAME_LENGTH}. Shorten it to ${MAX_NAME_LENGTH - suffix.length} characters or fewer, then duplicate it.`,
        { value: name },
      );
    }
    return candidate;
  }
}
