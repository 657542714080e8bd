/** stopEngineThenExit: the exit after the engine stopped, or the kill when an import would hold it. */
import { describe, expect, it } from 'vitest';
import { stopEngineThenExit } from '../../electron/app/quitEngine.js';

function steps() {
  const seen: string[] = [];
  return { seen, exit: (code: number) => seen.push(`exit ${code}`), kill: () => seen.push('kill') };
}

describe('quitting the app', () => {
  it('exits with 0 once the engine has stopped, and only then', async () => {
    const s = steps();
    let finish: (ended: boolean) => void = () => {};
    const done = stopEngineThenExit({ stop: () => new Promise<boolean>((resolve) => (finish = resolve)) }, s);
    await Promise.resolve();
    expect(s.seen).toEqual([]);
    finish(true);
    await done;
    expect(s.seen).toEqual(['exit 0']);
  });

  it('ends the process at once when an import is still inside a statement after the grace', async () => {
    const s = steps();
    await stopEngineThenExit({ stop: async () => false }, s);
    expect(s.seen).toEqual(['kill']);
  });

  it('exits when stopping itself fails', async () => {
    const s = steps();
    await stopEngineThenExit(
      {
        stop: async () => {
          throw new Error('the database was already closed');
        },
      },
      s,
    );
    expect(s.seen).toEqual(['exit 0']);
  });
});
