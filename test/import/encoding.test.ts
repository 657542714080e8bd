import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  bomEncoding,
  detectEncoding,
  encodingFromDetectorName,
  nonAsciiLines,
} from '../../electron/core/import/sniff/encoding.js';
import { scoreDecoding } from '../../electron/core/import/sniff/plausibility.js';
import { fixture, sampleData } from './paths.js';

const read = (name: string) => fs.readFileSync(fixture(name));
/** Windows-1256 text as Persian Windows writes it: Arabic yeh for the Persian one it lacks. */
const to1256 = (text: string) => iconv.encode(text.replace(/ی/g, 'ي'), 'windows-1256');

describe('detectEncoding: byte-order marks', () => {
  it('reads the BOM first', () => {
    expect(detectEncoding(read('utf8-bom-semicolon.csv'))).toEqual({ value: 'utf-8', confidence: 1, candidates: [] });
    expect(detectEncoding(read('utf16le-bom.csv'))).toEqual({ value: 'utf-16le', confidence: 1, candidates: [] });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('a,b\r\n1,2\r\n', 'utf-16be')]);
    expect(detectEncoding(be)).toEqual({ value: 'utf-16be', confidence: 1, candidates: [] });
  });

  it('bomEncoding sees only BOMs', () => {
    expect(bomEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(bomEncoding(Buffer.from([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
    expect(bomEncoding(Buffer.from([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
    expect(bomEncoding(Buffer.from('abc'))).toBeNull();
    expect(bomEncoding(Buffer.alloc(0))).toBeNull();
  });

  it('finds UTF-16LE without a BOM through the detector', () => {
    const bytes = iconv.encode('customer_id,city\r\nC1,Cardiff\r\nC2,Swansea\r\n', 'utf-16le');
    expect(detectEncoding(bytes).value).toBe('utf-16le');
  });
});

describe('detectEncoding: UTF-8 and ASCII', () => {
  it('calls valid UTF-8 with non-ASCII letters UTF-8', () => {
    expect(detectEncoding(read('welsh-headers.csv'))).toEqual({ value: 'utf-8', confidence: 0.99, candidates: [] });
    expect(detectEncoding(read('persian-digits.csv'))).toEqual({ value: 'utf-8', confidence: 0.99, candidates: [] });
  });

  it('calls pure ASCII UTF-8, with every single-byte encoding as an equal candidate', () => {
    expect(detectEncoding(read('pipe.csv'))).toEqual({
      value: 'utf-8',
      confidence: 1,
      candidates: ['windows-1252', 'windows-1256', 'iso-8859-15', 'iso-8859-1', 'iso-8859-2', 'iso-8859-6'],
    });
  });

  it('does not mistake UTF-8 cut inside a character at the end of a sample', () => {
    const bytes = Buffer.from('name\nSiân\nAberdâr', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).value).toBe('utf-8');
  });
});

describe('detectEncoding: single-byte encodings', () => {
  it('finds Windows-1256 behind a short Persian header over ASCII data', () => {
    expect(detectEncoding(read('persian-orders-1256.csv')).value).toBe('windows-1256');
  });

  it('finds Windows-1256 where the detector alone names a CJK or Latin-2 encoding', () => {
    // Measured: on this input jschardet's own first answers are Johab, Big5 or ISO-8859-2.
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `C${100 + i},2024-01-${String(1 + (i % 28)).padStart(2, '0')},${i}.50`,
    );
    for (const header of ['شناسه مشتری,تاریخ,مبلغ', 'نام,تلفن', 'رقم العميل,التاريخ', 'کد']) {
      const guess = detectEncoding(to1256(`${header}\n${rows.join('\n')}\n`));
      expect(guess.value).toBe('windows-1256');
      expect(guess.candidates).not.toContain('iso-8859-1');
    }
  });

  it('finds Windows-1256 for Arabic text in the data', () => {
    const guess = detectEncoding(read('arabic-customers-1256.csv'));
    expect(guess.value).toBe('windows-1256');
    expect(guess.candidates).toEqual(['iso-8859-6']);
  });

  it('calls Western European text Windows-1252', () => {
    const bytes = iconv.encode('Nom,Société,Prénom\nJosé,Müller,Straße\nFrançois,Ångström,Peña\n', 'windows-1252');
    const guess = detectEncoding(bytes);
    expect(guess.value).toBe('windows-1252');
    expect(guess.candidates).not.toContain('windows-1256');
  });

  it('finds ISO-8859-2 for Polish place names', () => {
    const bytes = iconv.encode(
      'miasto,ulica\nŁódź,Piotrkowska\nKraków,Floriańska\nGdańsk,Długa\nWrocław,Świdnicka\n',
      'iso-8859-2',
    );
    expect(detectEncoding(bytes)).toEqual({ value: 'iso-8859-2', confidence: 0.75, candidates: ['iso-8859-15'] });
  });

  it('prefers ISO-8859-15 when the euro sign sits at 0xA4', () => {
    expect(detectEncoding(iconv.encode('item,price\nCafé crème,3,50 €\n', 'iso-8859-15')).value).toBe('iso-8859-15');
  });

  it('calls Online Retail.csv (one 0xA3 pound sign near its end) Windows-1252', () => {
    // UCI Online Retail, CC BY 4.0; see ../shared/data/SOURCES.md.
    const guess = detectEncoding(fs.readFileSync(sampleData('Online Retail.csv')));
    expect(guess.value).toBe('windows-1252');
    expect(guess.confidence).toBe(0.75);
    expect(guess.candidates).toEqual(['windows-1256', 'iso-8859-15', 'iso-8859-1']);
  });
});

describe('nonAsciiLines', () => {
  it('keeps only the lines with non-ASCII bytes, line breaks included', () => {
    const bytes = Buffer.from('id,city\n1,Cardiff\n2,Aberdâr\r\n3,Bangor\n4,Köln', 'utf8');
    expect(nonAsciiLines(bytes).toString('utf8')).toBe('2,Aberdâr\r4,Köln');
  });

  it('cuts a long line to a window without splitting a UTF-8 sequence', () => {
    const line = Buffer.from(`${'a'.repeat(5000)}${'ü'.repeat(3000)}\n`, 'utf8');
    const part = nonAsciiLines(line);
    expect(part.length).toBe(2048);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(part)).toBe(`${'a'.repeat(1024)}${'ü'.repeat(512)}`);
  });
});

describe('scoreDecoding', () => {
  it('scores one-script words up and mixed or accent-only words down', () => {
    expect(scoreDecoding('شناسه مشتری')).toEqual({ score: 10, nonAscii: 10 });
    expect(scoreDecoding('Société Müller')).toEqual({ score: 3, nonAscii: 3 });
    expect(scoreDecoding('ÔäÇÓå ãÔÊÑí')).toEqual({ score: -10, nonAscii: 10 });
    expect(scoreDecoding('Straكe')).toEqual({ score: -1, nonAscii: 1 });
    expect(scoreDecoding('Voucher £40.00')).toEqual({ score: 0.5, nonAscii: 1 });
    expect(scoreDecoding('a\u0081b\ufffd')).toEqual({ score: -6, nonAscii: 2 });
  });
});

describe('encodingFromDetectorName', () => {
  it.each([
    ['Windows-1252', 'windows-1252'],
    ['ISO-8859-1', 'iso-8859-1'],
    ['iso8859-15', 'iso-8859-15'],
    ['ascii', 'utf-8'],
    ['UTF-8', 'utf-8'],
    ['utf-16-le', 'utf-16le'],
    ['Windows-1256', 'windows-1256'],
    ['MacRoman', null],
    ['Johab', null],
    [null, null],
  ] as const)('%j -> %j', (name, expected) => {
    expect(encodingFromDetectorName(name)).toBe(expected);
  });
});
