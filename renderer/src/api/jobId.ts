/** A job id the contract accepts ([A-Za-z0-9_-]{1,64}), unique enough to key one job's progress events. */
export function newJobId(now: number = Date.now(), random: () => number = Math.random, kind = 'import'): string {
  const suffix = Math.floor(random() * 0x100000000)
    .toString(36)
    .padStart(7, '0');
  return `${kind}-${now.toString(36)}-${suffix}`;
}
