/**
 * Streams a delimited text file as rows: bytes -> (sha256, progress) -> iconv-lite decoder ->
 * papaparse. Never holds the file in memory; calls onRows for each parsed chunk of rows.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { Delimiter, Encoding } from '../../../shared/model/import.js';

export interface ReadOptions {
  path: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /** Called with each chunk of rows; return false to stop reading (cancel). */
  onRows(rows: string[][]): boolean;
  onBytes(bytesRead: number): void;
}

export interface ReadResult {
  sha256: string;
  bytes: number;
  aborted: boolean;
}

export function readRows(options: ReadOptions): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    let aborted = false;
    const source = fs.createReadStream(options.path, { highWaterMark: 1 << 20 });
    source.on('data', (chunk) => {
      const buf = chunk as Buffer;
      hash.update(buf);
      bytes += buf.length;
      options.onBytes(bytes);
    });
    source.on('error', reject);
    // iconv-lite strips a BOM for the UTF encodings by default.
    const text = source.pipe(iconv.decodeStream(options.encoding));
    text.on('error', reject);
    Papa.parse<string[]>(text as unknown as File, {
      delimiter: options.delimiter,
      header: false,
      skipEmptyLines: true,
      chunk(results, parser) {
        if (aborted) return;
        if (!options.onRows(results.data)) {
          aborted = true;
          parser.abort();
          source.destroy();
        }
      },
      complete() {
        resolve({ sha256: hash.digest('hex'), bytes, aborted });
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}
