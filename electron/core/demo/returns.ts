/**
 * Returns waiting for their date. A sold line may come back days later as its own order; orders.csv is
 * in time order, so a return is held here until the simulation clock passes its time. Only the returns
 * of the last few weeks are ever pending.
 */

export interface ReturnedLine {
  readonly product: number;
  readonly quantity: number;
  /** The unit price of the sale, as written: a refund is at the price paid. */
  readonly unitPrice: string;
}

export interface PendingReturn {
  /** Real time (days since the window start) at which the goods come back. */
  readonly time: number;
  readonly customer: number;
  readonly channel: number;
  readonly lines: readonly ReturnedLine[];
}

export class ReturnSchedule {
  /** Sorted latest first, so the earliest is popped from the end. */
  private readonly queue: PendingReturn[] = [];

  add(entry: PendingReturn): void {
    let lo = 0;
    let hi = this.queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.queue[mid]?.time ?? 0) > entry.time) lo = mid + 1;
      else hi = mid;
    }
    this.queue.splice(lo, 0, entry);
  }

  /** Removes and returns the earliest return due at or before `time`, if any. */
  takeDue(time: number): PendingReturn | undefined {
    const last = this.queue[this.queue.length - 1];
    if (last === undefined || last.time > time) return undefined;
    return this.queue.pop();
  }
}
