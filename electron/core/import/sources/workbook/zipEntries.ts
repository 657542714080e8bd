/**
 * Reads named entries of a zip archive (an .xlsx or .ods is one) with Node's zlib: enough to
 * tell an OpenDocument file from a workbook and to read the parts read-excel-file leaves out
 * (merged cells). Not a general unzipper: no zip64, no encryption.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export interface ZipArchive {
  names(): string[];
  /** The entry's text (UTF-8), or null when there is no such entry. */
  text(name: string): string | null;
}

export function openZip(file: string): ZipArchive {
  const bytes = fs.readFileSync(file);
  const entries = directory(bytes);
  return {
    names: () => [...entries.keys()],
    text(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      const nameLength = bytes.readUInt16LE(entry.offset + 26);
      const extraLength = bytes.readUInt16LE(entry.offset + 28);
      const start = entry.offset + 30 + nameLength + extraLength;
      const data = bytes.subarray(start, start + entry.compressedSize);
      const raw = entry.method === 0 ? data : zlib.inflateRawSync(data);
      return raw.toString('utf8');
    },
  };
}

interface Entry {
  method: number;
  compressedSize: number;
  offset: number;
}

function directory(bytes: Buffer): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  // The end record sits in the last 64 KB (its comment is at most 65,535 bytes).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i -= 1) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end === -1) return entries;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let n = 0; n < count && at + 46 <= bytes.length && bytes.readUInt32LE(at) === DIRECTORY_ENTRY; n += 1) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      offset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
