/**
 * Browser mode's stand-in for a file path: the browser sends the file's bytes, we stream them to
 * <stateDir>/uploads/<random>/<name>, and the engine then reads that path like any other file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const MAX_NAME_LENGTH = 200;
const FALLBACK_NAME = 'upload';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

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
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  let clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').replace(/^[.\s]+|[.\s]+$/g, '');
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

  constructor(readonly dir: string) {}

  /** Streams the request body to a new file; never holds the whole file in memory. */
  async receive(req: IncomingMessage, rawName: string | undefined): Promise<string> {
    const folder = path.join(this.dir, randomBytes(12).toString('hex'));
    await fs.promises.mkdir(folder, { recursive: true });
    this.created.add(folder);
    const file = path.join(folder, sanitiseFileName(rawName));
    try {
      await pipeline(req, fs.createWriteStream(file, { flags: 'wx' }));
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

  async removeAll(): Promise<void> {
    await Promise.all([...this.created].map((folder) => this.remove(folder)));
  }

  private async remove(folder: string): Promise<void> {
    this.created.delete(folder);
    await fs.promises.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}
