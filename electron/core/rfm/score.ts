/**
 * A value's score against its breaks: 1 + the number of breaks it exceeds strictly, so equal
 * values always share a score and a value equal to a break stays below it. Recency is reversed
 * (bins + 1 - that): a customer who bought recently scores high.
 */

export function breaksExceeded(value: number, breaks: readonly number[]): number {
  let count = 0;
  for (const b of breaks) if (value > b) count += 1;
  return count;
}

export function ascendingScore(value: number, breaks: readonly number[]): number {
  return 1 + breaksExceeded(value, breaks);
}

export function recencyScore(days: number, breaks: readonly number[], bins: number): number {
  return bins + 1 - ascendingScore(days, breaks);
}
