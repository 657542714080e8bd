/** Segment names: compared without case (as users read them), and the names duplicates get. */

const MAX_NAME = 200;

/** The form two names are compared in: "VIP" and "vip" are the same segment name. */
export function foldName(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase('und');
}

/**
 * "Name (copy)", then "Name (copy 2)", "Name (copy 3)"... A copy of a copy counts on from the
 * original's name instead of growing "(copy) (copy)".
 */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${base.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!taken.has(foldName(candidate))) return candidate;
  }
}
