/**
 * Accumulates migration cells: customers and revenue per (from group, to group), groups given
 * as indexes into one ordered list of names, so the cells come out in that order.
 */
import type { MigrationCell } from '../../../shared/contract/changes.js';
import { round6 } from '../db/rounding.js';

/** Receives each counted customer's move: group indexes into the ordered list of names. */
export interface MigrationSink {
  add(from: number, to: number, revenue: number, customer: number): void;
}

/** Makes the sink of a migration once its group names are known. */
export type SinkOf<T extends MigrationSink> = (names: readonly string[]) => T;

export class MigrationCells implements MigrationSink {
  private readonly customers: Float64Array;
  private readonly revenue: Float64Array;

  constructor(private readonly names: readonly string[]) {
    this.customers = new Float64Array(names.length * names.length);
    this.revenue = new Float64Array(names.length * names.length);
  }

  add(from: number, to: number, revenue: number): void {
    const cell = from * this.names.length + to;
    this.customers[cell] = (this.customers[cell] as number) + 1;
    this.revenue[cell] = (this.revenue[cell] as number) + revenue;
  }

  /** The cells with at least one customer. */
  list(): MigrationCell[] {
    const cells: MigrationCell[] = [];
    const n = this.names.length;
    for (let cell = 0; cell < this.customers.length; cell += 1) {
      const customers = this.customers[cell] as number;
      if (customers === 0) continue;
      cells.push({
        from: this.names[Math.floor(cell / n)] as string,
        to: this.names[cell % n] as string,
        customers,
        revenue: round6(this.revenue[cell] as number),
      });
    }
    return cells;
  }
}
