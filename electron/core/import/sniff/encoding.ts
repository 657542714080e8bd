/**
 * Which encoding a file's bytes are in. A BOM decides; then valid UTF-8 is UTF-8; otherwise
 * the detector (jschardet) ranks single-byte encodings and a plausibility check of each decoding
 * overrules it. The check matters: detectors call a Windows-1256 file with a short Persian
 * header and ASCII data ISO-8859-1 or MacRoman, and a byte-frequency guess on a few bytes is
 * noise. Only lines holding non-ASCII bytes are examined, so the evidence is not drowned.
 */
import iconv from 'iconv-lite';
import { detectAll } from 'jschardet';
import type { Encoding, EncodingGuess } from '../../../../shared/model/import.js';
import { scoreDecoding } from './plausibility.js';

/** Single-byte encodings tried on every non-UTF-8 file; on a tie the earlier one wins. */
const SINGLE_BYTE: readonly Encoding[] = [
  'windows-1252',
  'windows-1256',
  'iso-8859-15',
  'iso-8859-1',
  'iso-8859-2',
  'iso-8859-6',
];
const SAMPLE_LIMIT = 64 * 1024;
/** Bytes kept either side of a non-ASCII byte when its line is very long. */
const LINE_WINDOW = 1024;

// Detector names (lower case, letters and digits only) -> our encodings.
const DETECTOR_NAMES: Record<string, Encoding> = {
  ascii: 'utf-8',
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  windows1256: 'windows-1256',
  cp1256: 'windows-1256',
  iso88591: 'iso-8859-1',
  latin1: 'iso-8859-1',
  iso88592: 'iso-8859-2',
  iso88596: 'iso-8859-6',
  iso885915: 'iso-8859-15',
};

export function detectEncoding(bytes: Buffer): EncodingGuess {
  const bom = bomEncoding(bytes);
  if (bom) return { value: bom, confidence: 1, candidates: [] };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  const sample = nonAsciiLines(bytes);
  // Pure ASCII reads the same in every encoding offered.
  if (sample.length === 0) return { value: 'utf-8', confidence: 1, candidates: [...SINGLE_BYTE] };
  if (isUtf8(sample)) return { value: 'utf-8', confidence: 0.99, candidates: [] };
  return guessSingleByte(sample);
}

/** The encoding a byte-order mark announces, or null. */
export function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Maps a detector's encoding name to ours; null when we cannot read that encoding. */
export function encodingFromDetectorName(name: string | null): Encoding | null {
  if (!name) return null;
  return DETECTOR_NAMES[name.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null;
}

/** UTF-16 without a BOM shows up as NUL bytes; the detector tells LE from BE. */
function utf16WithoutBom(bytes: Buffer): EncodingGuess | null {
  const head = bytes.subarray(0, 4096);
  if (!head.includes(0)) return null;
  for (const result of detectAll(bytes.subarray(0, SAMPLE_LIMIT))) {
    const encoding = encodingFromDetectorName(result.encoding);
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
      return { value: encoding, confidence: Math.min(0.95, result.confidence), candidates: [] };
    }
  }
  return null;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    // stream: a sequence cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The lines that hold a byte >= 0x80, up to 64 KB in all. Lines end at LF or CR; a long line is
 * cut to a window around its first non-ASCII byte, never inside a UTF-8 sequence.
 */
export function nonAsciiLines(bytes: Uint8Array): Buffer {
  const parts: Uint8Array[] = [];
  let total = 0;
  let lineStart = 0;
  for (let i = 0; i < bytes.length && total < SAMPLE_LIMIT; i += 1) {
    const b = bytes[i] as number;
    if (b === 0x0a || b === 0x0d) {
      lineStart = i + 1;
      continue;
    }
    if (b < 0x80) continue;
    let lineEnd = i;
    while (lineEnd < bytes.length && bytes[lineEnd] !== 0x0a && bytes[lineEnd] !== 0x0d) lineEnd += 1;
    let start = Math.max(lineStart, i - LINE_WINDOW);
    while (start < i && isContinuation(bytes[start] as number)) start += 1;
    // Exclusive end: the line break too, unless the line is cut.
    let stop = Math.min(lineEnd + 1, bytes.length);
    if (lineEnd - i > LINE_WINDOW) {
      stop = i + LINE_WINDOW;
      while (stop > i + 1 && isContinuation(bytes[stop] as number)) stop -= 1;
    }
    parts.push(bytes.subarray(start, stop));
    total += stop - start;
    lineStart = lineEnd + 1;
    i = lineEnd;
  }
  return Buffer.concat(parts);
}

/** A UTF-8 continuation byte (10xxxxxx): no sequence starts there. */
function isContinuation(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

function guessSingleByte(sample: Buffer): EncodingGuess {
  // The detector's first answer we can read; it settles ties only when it is confident, which
  // on single-byte text it rarely is (typical confidences are 0.01-0.2).
  const top = detectAll(sample)
    .map((r) => ({ encoding: encodingFromDetectorName(r.encoding), confidence: r.confidence }))
    .find((r) => r.encoding !== null && SINGLE_BYTE.includes(r.encoding));
  const preferred = top && top.confidence >= 0.5 ? top.encoding : null;
  const scored = SINGLE_BYTE.map((encoding, rank) => {
    const text = iconv.decode(sample, encoding);
    const { score, nonAscii } = scoreDecoding(text);
    return { encoding, text, score, nonAscii, rank: encoding === preferred ? -1 : rank };
  }).sort((x, y) => y.score - x.score || x.rank - y.rank);
  const best = scored[0] as (typeof scored)[number];
  // Confidence grows with the lead over the best decoding that reads differently.
  const runnerUp = scored.find((s) => s.text !== best.text);
  const margin = runnerUp ? (best.score - runnerUp.score) / Math.max(1, best.nonAscii) : 1;
  const confidence = best.score <= 0 ? 0.2 : Math.min(0.99, 0.5 + margin / 2);
  // Alternatives worth offering: plausible, and not far behind the best.
  const candidates = scored
    .filter((s) => s !== best && s.score >= 0 && s.score >= best.score / 2)
    .map((s) => s.encoding);
  return { value: best.encoding, confidence: round2(confidence), candidates };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
