/**
 * Output written as it is made, in pieces of about 64 KB, rather than built whole first: a
 * project's million customers must not be held as one string (or as objects) before the first
 * byte goes out. The bytes are those console.log would print for the whole text, escaped the
 * same way (terminalSafe works character by character, so piece by piece is the same).
 */
import { once } from 'node:events';
import { terminalSafe } from './terminalText.js';

const PIECE = 64 * 1024;

export class StreamedOutput {
  private pending = '';

  constructor(private readonly out: NodeJS.WritableStream = process.stdout) {}

  /** Adds text; resolves at once unless a piece went out and the stream asked to wait. */
  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= PIECE) await this.flush();
  }

  /** Writes what is pending. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const piece = terminalSafe(this.pending);
    this.pending = '';
    if (!this.out.write(piece)) await once(this.out, 'drain');
  }
}

/** Exactly console.log(JSON.stringify([...items])), one item at a time. */
export async function writeJsonArray(items: Iterable<unknown>, output = new StreamedOutput()): Promise<void> {
  let separator = '[';
  for (const item of items) {
    await output.write(separator + JSON.stringify(item));
    separator = ',';
  }
  await output.write(separator === '[' ? '[]\n' : ']\n');
  await output.flush();
}
