/**
 * Reads the head and the tail of a file, never the middle, so a preview of a 1 GB file costs
 * what a preview of a 2 MB file costs. The tail matters: a file sorted by date may only show
 * a date like 20/12/2010 (which proves day-first) near its end.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { WorkbenchError } from '../../../../shared/errors.js';
import { worded } from '../../../../shared/errorWording.js';
import type { Encoding } from '../../../../shared/model/import.js';

export const HEAD_BYTES = 2 * 1024 * 1024;
const TAIL_BYTES = 256 * 1024;

interface FileSample {
  size: number;
  head: Buffer;
  /** The last bytes, starting at an even offset after the head; null when the head is the whole file. */
  tail: Buffer | null;
}

export async function readSample(file: string, headBytes = HEAD_BYTES, tailBytes = TAIL_BYTES): Promise<FileSample> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw fileError(error, file);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      throw new WorkbenchError('IMPORT_FAILED', `${path.basename(file)} is a folder, not a file.`, {
        file,
        ...worded('is_folder', { name: path.basename(file) }),
      });
    }
    const size = stat.size;
    const head = await readAt(handle, 0, Math.min(size, headBytes));
    if (size <= headBytes) return { size, head, tail: null };
    // Even, so UTF-16 code units stay aligned.
    const tailStart = Math.max(headBytes, size - tailBytes) & ~1;
    return { size, head, tail: await readAt(handle, tailStart, size - tailStart) };
  } catch (error) {
    throw error instanceof WorkbenchError ? error : fileError(error, file);
  } finally {
    await handle.close();
  }
}

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

function fileError(error: unknown, file: string): WorkbenchError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = path.basename(file);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new WorkbenchError('FILE_NOT_FOUND', `File not found: ${file}`, {
      file,
      ...worded('file_not_found', { name: path.basename(file) }),
    });
  }
  if (code === 'EISDIR')
    return new WorkbenchError('IMPORT_FAILED', `${name} is a folder, not a file.`, {
      file,
      ...worded('is_folder', { name }),
    });
  if (code === 'EACCES' || code === 'EPERM') {
    return new WorkbenchError('IMPORT_FAILED', `${name} cannot be read: permission denied.`, {
      file,
      ...worded('permission_denied', { name }),
    });
  }
  // The system's own words (e.g. "EIO: i/o error, read") stay as they are, inside a worded sentence.
  const why = (error as Error).message;
  return new WorkbenchError('IMPORT_FAILED', `${name} cannot be read: ${why}`, {
    file,
    ...worded('cannot_read', { name, why }),
  });
}

/**
 * Whether the head holds a line break; a head that is the whole file needs none (one line is a
 * table of one row). Without one, the rest of the preview would chew on one enormous row.
 */
export function hasLineBreak(sample: FileSample): boolean {
  return sample.tail === null || sample.head.includes(0x0a) || sample.head.includes(0x0d);
}

/** The sample's bytes cut to whole lines: the head up to its last line break, the tail after its first. */
export function wholeLineBytes(sample: FileSample): { head: Buffer; tail: Buffer | null } {
  if (!sample.tail) return { head: sample.head, tail: null };
  // LF first: cutting a CRLF between its CR and LF would leave a stray CR in the last cell.
  const lastLf = sample.head.lastIndexOf(0x0a);
  const headEnd = lastLf !== -1 ? lastLf : sample.head.lastIndexOf(0x0d);
  const firstLf = sample.tail.indexOf(0x0a);
  const tailStart = firstLf !== -1 ? firstLf : sample.tail.indexOf(0x0d);
  return {
    head: headEnd > 0 ? sample.head.subarray(0, headEnd + 1) : sample.head,
    tail: tailStart === -1 ? null : sample.tail.subarray(tailStart + 1),
  };
}

/** The sample as text: whole lines only (a partial first tail line and last head line are dropped). */
export function decodeSample(sample: FileSample, encoding: Encoding): { head: string; tail: string | null } {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    // Line breaks are two bytes here: decode first, then cut the text.
    const head = iconv.decode(sample.head, encoding);
    if (!sample.tail) return { head, tail: null };
    const tail = iconv.decode(sample.tail, encoding);
    const firstLf = tail.indexOf('\n');
    const tailStart = firstLf !== -1 ? firstLf : tail.indexOf('\r');
    return { head: head.slice(0, lastLineBreak(head) + 1), tail: tailStart === -1 ? null : tail.slice(tailStart + 1) };
  }
  const bytes = wholeLineBytes(sample);
  return { head: iconv.decode(bytes.head, encoding), tail: bytes.tail ? iconv.decode(bytes.tail, encoding) : null };
}

function lastLineBreak(text: string): number {
  const lf = text.lastIndexOf('\n');
  const at = lf !== -1 ? lf : text.lastIndexOf('\r');
  return at > 0 ? at : text.length - 1;
}
