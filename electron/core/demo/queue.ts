/**
 * A binary min-heap of customer indexes keyed by each customer's next order time. Typed arrays keep a
 * million-customer simulation at a few megabytes and free of per-customer objects.
 */
export class OrderQueue {
  private readonly heap: Int32Array;
  private length = 0;

  /** `keys[i]` is customer i's next order time; it must not change while i is in the queue. */
  constructor(private readonly keys: Float64Array) {
    this.heap = new Int32Array(keys.length);
  }

  get size(): number {
    return this.length;
  }

  push(customer: number): void {
    const heap = this.heap;
    const key = this.keys[customer] ?? 0;
    let at = this.length++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = heap[parent] ?? 0;
      if ((this.keys[above] ?? 0) <= key) break;
      heap[at] = above;
      at = parent;
    }
    heap[at] = customer;
  }

  /** Removes and returns the customer with the earliest next order (the queue must not be empty). */
  pop(): number {
    const heap = this.heap;
    const top = heap[0] ?? -1;
    const last = heap[--this.length] ?? 0;
    const key = this.keys[last] ?? 0;
    const n = this.length;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (this.keys[heap[right] ?? 0] ?? 0) < (this.keys[heap[child] ?? 0] ?? 0)) child = right;
      const below = heap[child] ?? 0;
      if ((this.keys[below] ?? 0) >= key) break;
      heap[at] = below;
      at = child;
    }
    if (n > 0) heap[at] = last;
    return top;
  }
}
