/**
 * Streams a delimited text file as rows: bytes -> (sha256, progress) -> iconv-lite decoder ->
 * line feeds -> the fast tokenizer (fastRows.ts), or papaparse from the first row it leaves.
 * Never holds the file in memory; calls onRows for each parsed chunk of rows.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { PassThrough, Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { Delimiter, Encoding } from '../../../../shared/model/import.js';
import { BrokenFile, MAX_LINE_CHARS } from '../brokenFile.js';
import { toLf } from '../sniff/dialect.js';
import { type FastChunk, FastRows } from './fastRows.js';

/**
 * The file is read a megabyte at a time, but papaparse gets it in 64 KB pieces after the first
 * megabyte: it guesses the line break from its first chunk only (so that stays as it always
 * was), and it holds a whole chunk's rows at once; small chunks keep that garbage young
 * (measured ~30% faster than 1 MB chunks, and half the RSS).
 */
const READ = 1 << 20;
const FIRST_CHUNK = 1 << 20;
const CHUNK = 1 << 16;
/** papaparse's default quote character (we never set another). */
const QUOTE = '"';

/** Whether the fast tokenizer reads first; the differential tests switch it off to compare. */
export const fastTokenizer = { enabled: true };

interface ReadOptions {
  path: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /**
   * Called with each chunk of rows; return false to stop reading (cancel). plain: no field of
   * these rows can hold a line feed (so none spans lines), which saves checking every field.
   */
  onRows(rows: string[][], plain: boolean): boolean;
  onBytes(bytesRead: number): void;
}

interface ReadResult {
  sha256: string;
  bytes: number;
  aborted: boolean;
}

export interface RowReading {
  done: Promise<ReadResult>;
  /** Stops delivering rows until resume() (back-pressure from a slower consumer). */
  pause(): void;
  resume(): void;
}

/**
 * done rejects with a BrokenFile when the file's structure is broken (an unterminated quote, a
 * row that never ends, a change while it is read); the rows before the broken one have been
 * delivered, so the caller can tell on which line it starts.
 */
export function readRows(options: ReadOptions): RowReading {
  const hash = createHash('sha256');
  let bytes = 0;
  let aborted = false;
  const before = version(options.path);
  const source = fs.createReadStream(options.path, { highWaterMark: READ });
  // Hash before piping: this listener must see each chunk before the parser (which may finish
  // the hash when it aborts) does.
  source.on('data', (chunk) => {
    const buf = chunk as Buffer;
    hash.update(buf);
    bytes += buf.length;
    options.onBytes(bytes);
  });
  // iconv-lite strips a BOM for the UTF encodings by default.
  const text = source.pipe(rechunk()).pipe(iconv.decodeStream(options.encoding)).pipe(lineFeeds());
  let papaInput: PassThrough | null = null;
  // The consumer's pause outlasts a hand-over to papaparse: pipe() resumes the text it reads.
  let paused = false;
  const done = new Promise<ReadResult>((resolve, reject) => {
    source.on('error', reject);
    text.on('error', reject);
    let finished = false;
    const complete = () => {
      if (finished) return;
      finished = true;
      if (!aborted && changed(before, version(options.path), bytes)) reject(new BrokenFile('changed'));
      else resolve({ sha256: hash.digest('hex'), bytes, aborted });
    };
    const stop = (error?: BrokenFile) => {
      // Rejected first: complete() resolves at once.
      if (error) reject(error);
      aborted = true;
      source.destroy();
    };
    // The fast tokenizer reads while the text is well-formed; papaparse takes over the rest at
    // the first row it does not handle, so no row is given twice or skipped.
    const fast = new FastRows(options.delimiter);
    const handOver = (rest: string, ended: boolean) => {
      text.removeListener('data', onText);
      text.removeListener('end', onEnd);
      const input = new PassThrough({ decodeStrings: false, encoding: 'utf8' });
      papaInput = input;
      input.on('error', reject);
      if (rest.length > 0) input.write(rest);
      if (ended) input.end();
      else text.pipe(input);
      parseWithPapa(input, options, () => aborted, stop, complete, reject);
      if (paused) input.pause();
    };
    const take = (chunk: FastChunk, ended: boolean) => {
      if (chunk.rows.length > 0 && !options.onRows(chunk.rows, chunk.plain)) {
        stop();
        complete();
        return;
      }
      if (chunk.rest !== null) handOver(chunk.rest, ended);
      else if (ended) complete();
    };
    const onText = (chunk: string) => {
      if (!aborted) take(fast.feed(chunk), false);
    };
    const onEnd = () => {
      if (!aborted) take(fast.end(), true);
    };
    text.on('data', onText);
    text.on('end', onEnd);
    if (!fastTokenizer.enabled) handOver('', false);
  });
  const flowing = (): NodeJS.ReadableStream => papaInput ?? text;
  return {
    done,
    pause: () => {
      paused = true;
      flowing().pause();
    },
    resume: () => {
      paused = false;
      flowing().resume();
    },
  };
}

/** papaparse's skipEmptyLines: a row of one empty field (a blank line, or `""`) is no row. */
function isBlank(row: string[]): boolean {
  return row.length === 1 && row[0] === '';
}

/** papaparse reads the rest of the text (everything from the first row the fast tokenizer left). */
function parseWithPapa(
  text: PassThrough,
  options: ReadOptions,
  isAborted: () => boolean,
  stop: (error?: BrokenFile) => void,
  complete: () => void,
  reject: (error: unknown) => void,
): void {
  const plainness = new Plainness(text);
  const openRow = new OpenRow(text);
  Papa.parse<string[]>(text as unknown as File, {
    delimiter: options.delimiter,
    header: false,
    // Blank lines are skipped below: papaparse's own skipping would shift the row of a MissingQuotes.
    skipEmptyLines: false,
    chunk(results, parser) {
      if (isAborted()) return;
      const halt = (error?: BrokenFile) => {
        stop(error);
        parser.abort(); // calls complete()
      };
      const plain = plainness.next(results.meta.linebreak, results.data.length);
      // An open quote at the end of the input swallows everything after it into its row.
      const open = results.errors.find((e) => e.code === 'MissingQuotes');
      const parsed = open ? results.data.slice(0, Math.min(open.row ?? 0, results.data.length)) : results.data;
      const rows = parsed.filter((row) => !isBlank(row));
      if (!options.onRows(rows, plain)) halt();
      else if (open) halt(new BrokenFile('unterminated_quote'));
      else if (openRow.tooLong(results.data.length)) halt(new BrokenFile('line_too_long'));
    },
    complete,
    error(error: Error) {
      reject(error);
    },
  });
}

interface FileVersion {
  size: number;
  mtimeMs: number;
}

function version(file: string): FileVersion | null {
  try {
    const { size, mtimeMs } = fs.statSync(file);
    return { size, mtimeMs };
  } catch {
    return null; // the read stream reports a missing file
  }
}

/** The file is not the one whose bytes were read: written to, replaced or removed meanwhile. */
function changed(before: FileVersion | null, after: FileVersion | null, bytesRead: number): boolean {
  if (!before || !after) return true;
  return before.size !== after.size || before.mtimeMs !== after.mtimeMs || bytesRead !== before.size;
}

/** The first FIRST_CHUNK bytes (or the whole file) as one chunk, then CHUNK-sized slices. */
function rechunk(): Transform {
  let head: Buffer[] | null = [];
  let headBytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      let rest = chunk;
      if (head !== null) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes < FIRST_CHUNK) return callback();
        const all = Buffer.concat(head);
        head = null;
        this.push(all.subarray(0, FIRST_CHUNK));
        rest = all.subarray(FIRST_CHUNK);
      }
      for (let at = 0; at < rest.length; at += CHUNK) this.push(rest.subarray(at, at + CHUNK));
      callback();
    },
    flush(callback: TransformCallback) {
      if (head !== null && headBytes > 0) this.push(Buffer.concat(head));
      callback();
    },
  });
}

/**
 * Every line break (CRLF, LF, a lone CR) as LF. papaparse splits lines at the one kind it saw
 * first, so a file that mixes them (pasted together from several systems) would otherwise be
 * read as fewer, broken rows. A CR at the end of a chunk waits for the next: it may be half a CRLF.
 */
function lineFeeds(): Transform {
  let pendingCr = false;
  return new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: string, _encoding, callback: TransformCallback) {
      let text = pendingCr ? `\r${chunk}` : chunk;
      pendingCr = text.endsWith('\r');
      if (pendingCr) text = text.slice(0, -1);
      callback(null, toLf(text));
    },
    flush(callback: TransformCallback) {
      callback(null, pendingCr ? '\n' : '');
    },
  });
}

/**
 * Tells, per parsed chunk, whether its rows are "plain": a field holds a line feed only when it
 * is quoted or when lines end in \r\n or \r. A chunk's rows come from its own text and, when the
 * previous chunk gave rows, from the end of the previous chunk's text; so with \n line ends and
 * no quote in either text, no field holds one.
 */
class Plainness {
  /** Per text chunk papaparse has been handed and not yet parsed: whether it holds a quote. */
  private readonly quoted: boolean[] = [];
  private previousQuoted = false;
  private previousGaveRows = true;

  constructor(text: NodeJS.ReadableStream) {
    // Registered before papaparse's own listener, so it sees each chunk first.
    text.on('data', (chunk: string) => this.quoted.push(chunk.includes(QUOTE)));
  }

  next(linebreak: string, rows: number): boolean {
    // papaparse's last parse (of the rest after the stream ends) has no text chunk of its own.
    const quoted = this.quoted.shift() ?? false;
    const plain = linebreak === '\n' && !quoted && !this.previousQuoted && this.previousGaveRows;
    this.previousQuoted = quoted;
    this.previousGaveRows = rows > 0;
    return plain;
  }
}

/**
 * How much text has gone by since papaparse last gave a row. papaparse re-parses an unfinished
 * row with every new chunk, so a row that never ends (an open quote early in a big file) would
 * cost time quadratic in its length and hold the rest of the file in memory; it is cut off at
 * MAX_LINE_CHARS instead.
 */
class OpenRow {
  private readonly lengths: number[] = [];
  private sinceRow = 0;

  constructor(text: NodeJS.ReadableStream) {
    text.on('data', (chunk: string) => this.lengths.push(chunk.length));
  }

  /** Called once per parsed chunk, with its row count. */
  tooLong(rows: number): boolean {
    const length = this.lengths.shift() ?? 0;
    this.sinceRow = rows > 0 ? 0 : this.sinceRow + length;
    return this.sinceRow > MAX_LINE_CHARS;
  }
}
