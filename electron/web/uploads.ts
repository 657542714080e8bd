/**
 * Browser mode's stand-in for a file path: the browser sends the file's bytes, we stream them to
 * <stateDir>/uploads/<random>/<name>, and the engine then reads that path like any other file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CallOutcome } from '../../shared/transport.js';

const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const MAX_NAME_LENGTH = 200;
const FALLBACK_NAME = 'upload';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** C0/C1 controls, bidi marks, overrides and isolates ("invoice\u202Eslx.exe" shows as "invoiceexe.xls"), reserved characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069<>:"|?*]/g;
/** Generous: the largest exports we have seen are around 1 GB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

/** SEGWB_MAX_UPLOAD_BYTES, or the default. */
export function maxUploadBytesFromEnv(env: Record<string, string | undefined> = process.env): number {
  const text = env.SEGWB_MAX_UPLOAD_BYTES?.trim();
  if (!text) return DEFAULT_MAX_UPLOAD_BYTES;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new Error(`SEGWB_MAX_UPLOAD_BYTES must be a whole number of bytes above 0 (got "${text}").`);
  }
  return value;
}

/** An upload over the limit; its message names the file as the user called it, and what to do. */
export class UploadTooLargeError extends Error {
  constructor(name: string, limit: number) {
    super(
      `${name} is larger than browser mode accepts (${formatBytes(limit)}). Use the desktop app, or start browser mode with SEGWB_MAX_UPLOAD_BYTES set higher.`,
    );
  }
}

function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

/**
 * Reduces a client-supplied name to a plain file name: URI-decoded, last path segment only,
 * no control or reserved characters, no leading/trailing dots or spaces.
 */
export function sanitiseFileName(raw: string | undefined): string {
  if (!raw) return FALLBACK_NAME;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // keep the raw text; it is sanitised below all the same
  }
  const base = name.split(/[/\\]/).pop() ?? '';
  let clean = base.replace(UNSAFE_NAME_CHARS, '').replace(/^[.\s]+|[.\s]+$/g, '');
  if (clean.length > MAX_NAME_LENGTH) {
    const ext = path.extname(clean).slice(0, 20);
    clean = clean.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
  }
  if (clean === '') return FALLBACK_NAME;
  return WINDOWS_RESERVED.test(clean) ? `_${clean}` : clean;
}

export class UploadStore {
  /** Folders this server created: only these are removed on close (another run may share the state folder). */
  private readonly created = new Set<string>();

  constructor(
    readonly dir: string,
    readonly maxBytes = DEFAULT_MAX_UPLOAD_BYTES,
  ) {}

  /**
   * Streams the request body to a new file; never holds the whole file in memory. Throws
   * UploadTooLargeError before writing when the declared size is over the limit, and stops
   * (removing what was written) when the body grows past it.
   */
  async receive(req: IncomingMessage, rawName: string | undefined): Promise<string> {
    const name = sanitiseFileName(rawName);
    if (Number(req.headers['content-length'] ?? 0) > this.maxBytes) throw new UploadTooLargeError(name, this.maxBytes);
    const folder = path.join(this.dir, randomBytes(12).toString('hex'));
    await fs.promises.mkdir(folder, { recursive: true });
    this.created.add(folder);
    const file = path.join(folder, name);
    try {
      await pipeline(req, byteLimit(name, this.maxBytes), fs.createWriteStream(file, { flags: 'wx' }));
      return file;
    } catch (error) {
      await this.remove(folder);
      throw error;
    }
  }

  /** Removes upload folders left by earlier runs (crash, kill) that are older than a day. */
  async removeStale(now = Date.now()): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(this.dir, { withFileTypes: true });
    } catch {
      return; // no uploads folder yet
    }
    for (const entry of entries) {
      const folder = path.join(this.dir, entry.name);
      try {
        const stat = await fs.promises.lstat(folder);
        if (now - stat.mtimeMs > STALE_AFTER_MS) await fs.promises.rm(folder, { recursive: true, force: true });
      } catch {
        // vanished or locked: try again next start
      }
    }
  }

  /**
   * An answer with every upload path (<dir>/<random>/<name>) replaced by the name the user gave
   * the file: the temp folder is an internal detail and must not show in error messages.
   */
  withUserNames(outcome: CallOutcome): CallOutcome {
    if (outcome.ok) return outcome;
    // In JSON a backslash separator (Windows) is written as two.
    const separator = String.raw`(?:\\\\|/)`;
    const pattern = new RegExp(`${escapeRegExp(this.dir)}${separator}[0-9a-f]+${separator}`, 'g');
    const uploadsDir = new RegExp(escapeRegExp(this.dir), 'g');
    const clean = (text: string) => text.replace(pattern, '').replace(uploadsDir, 'uploads');
    return { ok: false, error: JSON.parse(clean(JSON.stringify(outcome.error))) as typeof outcome.error };
  }

  async removeAll(): Promise<void> {
    await Promise.all([...this.created].map((folder) => this.remove(folder)));
  }

  private async remove(folder: string): Promise<void> {
    this.created.delete(folder);
    await fs.promises.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** text as a literal inside a RegExp; JSON-escaped (backslashes doubled), as it appears in a serialised error. */
function escapeRegExp(text: string): string {
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function byteLimit(name: string, maxBytes: number): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > maxBytes ? new UploadTooLargeError(name, maxBytes) : null, chunk);
    },
  });
}
