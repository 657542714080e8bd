import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestRequest } from '../../../renderer/src/api/latestRequest.js';

/** A promise the test settles by hand, to answer requests out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Records what was delivered, in order. */
function recorder() {
  const seen: string[] = [];
  return {
    seen,
    deliver: {
      onResult: (value: string) => seen.push(`result ${value}`),
      onError: (error: unknown) => seen.push(`error ${(error as Error).message}`),
    },
  };
}

/** Two requests asked one after the other, each answered when the test says. */
function twoRequests() {
  const latest = latestRequest();
  const { seen, deliver } = recorder();
  const first = deferred<string>();
  const second = deferred<string>();
  const firstDone = latest.run(() => first.promise, deliver);
  const secondDone = latest.run(() => second.promise, deliver);
  return { seen, first, second, firstDone, secondDone };
}

describe('latest request wins', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('delivers the answer of the newest request and drops an older one that answers later', async () => {
    const { seen, first, second, firstDone, secondDone } = twoRequests();
    second.resolve('new');
    await secondDone;
    first.resolve('old');
    await firstDone;
    expect(seen).toEqual(['result new']);
  });

  it('drops the error of an older request and delivers the error of the newest', async () => {
    const { seen, first, second, firstDone, secondDone } = twoRequests();
    first.reject(new Error('old failed'));
    second.reject(new Error('new failed'));
    await Promise.all([firstDone, secondDone]);
    expect(seen).toEqual(['error new failed']);
  });

  it('delivers nothing after drop', async () => {
    const latest = latestRequest();
    const { seen, deliver } = recorder();
    const answer = deferred<string>();
    const done = latest.run(() => answer.promise, deliver);
    latest.drop();
    answer.resolve('late');
    await done;
    expect(seen).toEqual([]);
  });

  it('asks only once the pause has passed, and only for the last of several quick requests', async () => {
    const latest = latestRequest();
    const { seen, deliver } = recorder();
    const asked: string[] = [];
    const ask = (value: string) => () => {
      asked.push(value);
      return Promise.resolve(value);
    };
    latest.later(ask('a'), deliver, 200);
    await vi.advanceTimersByTimeAsync(150);
    latest.later(ask('ab'), deliver, 200);
    await vi.advanceTimersByTimeAsync(199);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual(['ab']);
    expect(seen).toEqual(['result ab']);
  });

  it('drops a request in flight as soon as a later one is scheduled, before that one is asked', async () => {
    const latest = latestRequest();
    const { seen, deliver } = recorder();
    const first = deferred<string>();
    latest.later(() => first.promise, deliver, 100);
    await vi.advanceTimersByTimeAsync(100);
    latest.later(() => Promise.resolve('second'), deliver, 100);
    first.resolve('first');
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual(['result second']);
  });

  it('cancels a waiting request without dropping the one in flight; a stale cancel does nothing', async () => {
    const latest = latestRequest();
    const { seen, deliver } = recorder();
    const asked: string[] = [];
    const cancelFirst = latest.later(
      () => {
        asked.push('first');
        return Promise.resolve('first');
      },
      deliver,
      100,
    );
    cancelFirst();
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toEqual([]);

    const inFlight = deferred<string>();
    const cancelSecond = latest.later(() => inFlight.promise, deliver, 100);
    await vi.advanceTimersByTimeAsync(100);
    cancelSecond();
    inFlight.resolve('second');
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['result second']);

    const cancelThird = latest.later(() => Promise.resolve('third'), deliver, 100);
    latest.later(() => Promise.resolve('fourth'), deliver, 100);
    cancelThird(); // belongs to a request already replaced: the newer wait stays
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual(['result second', 'result fourth']);
  });
});
