/**
 * A Float64Array filled value by value when the count is known only beforehand, in another
 * statement: a commit elsewhere between the count and the scan can add rows, so it doubles when full.
 */
export class GrowingColumn {
  private values: Float64Array;
  length = 0;

  constructor(expected: number) {
    this.values = new Float64Array(Math.max(1, expected));
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Float64Array(this.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  /** The last value pushed (NaN when none). */
  last(): number {
    return this.length === 0 ? Number.NaN : (this.values[this.length - 1] as number);
  }

  /** The values pushed (a view of the column's memory). */
  done(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}
