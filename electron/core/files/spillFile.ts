/**
 * A temporary file for per-order state that no longer fits the import's memory budget (orders
 * long sent, see OrderRefs and OrderAccumulator). Created on the first write, so an import small
 * enough to stay in memory never touches the disk. On POSIX the name is removed at once (the open
 * descriptor keeps the data), so nothing is left behind if the process dies; elsewhere it is
 * removed when its owner is collected.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Handle {
  fd: number;
  name: string | null;
}

const closeWhenCollected = new FinalizationRegistry<Handle>((handle) => {
  try {
    fs.closeSync(handle.fd);
    if (handle.name) fs.rmSync(handle.name, { force: true });
  } catch {
    // Best effort: the process may already be tearing down.
  }
});

let opened = 0;

export class SpillFile {
  private handle: Handle | null = null;

  /** Writes all of `bytes` at `position`. */
  write(bytes: Uint8Array, position: number): void {
    const fd = this.fd();
    for (let done = 0; done < bytes.length; ) {
      done += fs.writeSync(fd, bytes, done, bytes.length - done, position + done);
    }
  }

  /** Fills `into` from `position` (zeros past the end of what was written). */
  read(into: Uint8Array, position: number): void {
    const fd = this.fd();
    let done = 0;
    while (done < into.length) {
      const n = fs.readSync(fd, into, done, into.length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    into.fill(0, done);
  }

  private fd(): number {
    if (this.handle) return this.handle.fd;
    opened += 1;
    const name = path.join(os.tmpdir(), `segwb-orders-${process.pid}-${Date.now()}-${opened}.tmp`);
    const fd = fs.openSync(name, 'w+', 0o600);
    let kept: string | null = name;
    if (process.platform !== 'win32') {
      fs.rmSync(name, { force: true });
      kept = null;
    }
    this.handle = { fd, name: kept };
    closeWhenCollected.register(this, this.handle);
    return fd;
  }
}
