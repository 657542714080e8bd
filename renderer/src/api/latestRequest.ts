/**
 * "Latest request wins": when the user changes what they ask faster than the engine answers, only
 * the answer to the newest request is delivered; older answers (and their errors) are dropped, so a
 * slow answer can never overwrite a newer one on screen. Pure (no React): slices use it directly,
 * components through useLatestRequest.
 */

/** Where the answer of a request that is still the latest goes. */
export interface Delivery<T> {
  onResult(value: T): void;
  onError(error: unknown): void;
}

export interface LatestRequest {
  /**
   * Asks now; any earlier request (waiting or in flight) is dropped. Resolves once the answer was
   * delivered, or found to be stale and dropped.
   */
  run<T>(ask: () => Promise<T>, deliver: Delivery<T>): Promise<void>;
  /**
   * Asks after delayMs unless something newer comes first (typing should not ask on every key); any
   * earlier request is dropped at once. Returns a function that cancels this wait (not a request in flight).
   */
  later<T>(ask: () => Promise<T>, deliver: Delivery<T>, delayMs: number): () => void;
  /** Drops the request waiting or in flight: its answer will not be delivered. */
  drop(): void;
}

export function latestRequest(): LatestRequest {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function drop(): void {
    latest++;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  async function settle<T>(mine: number, ask: () => Promise<T>, deliver: Delivery<T>): Promise<void> {
    let value: T;
    try {
      value = await ask();
    } catch (error) {
      if (mine === latest) deliver.onError(error);
      return;
    }
    if (mine === latest) deliver.onResult(value);
  }

  return {
    run(ask, deliver) {
      drop();
      return settle(latest, ask, deliver);
    },
    later(ask, deliver, delayMs) {
      drop();
      const mine = latest;
      timer = setTimeout(() => {
        timer = null;
        void settle(mine, ask, deliver);
      }, delayMs);
      return () => {
        if (mine !== latest || timer === null) return; // a newer request owns the timer now
        clearTimeout(timer);
        timer = null;
      };
    },
    drop,
  };
}
