/**
 * A customer's clv interval from its standard error: clv ± z·se with z = 1.6449 (90%, the normal
 * approximation the delta method gives), the lower end clipped at 0 because a lifetime value
 * cannot be negative. Null when the standard error is unknown.
 */
export const Z_90 = 1.6448536269514722;

export function clvInterval(clv: number, se: number | null): { low: number; high: number } | null {
  if (se === null || !Number.isFinite(se)) return null;
  return { low: Math.max(0, clv - Z_90 * se), high: clv + Z_90 * se };
}
