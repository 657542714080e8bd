/**
 * The fast tokenizer against papaparse (differential): the same rows from every CSV/TSV fixture
 * and from fuzzed text, and the same import (report, rejected rows and their line numbers).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { FastRows } from '../../electron/core/import/parse/fastRows.js';
import { fastTokenizer, readRows } from '../../electron/core/import/parse/readRows.js';
import { previewFile } from '../../electron/core/import/preview.js';
import { toLf } from '../../electron/core/import/sniff/dialect.js';
import type { Delimiter, Encoding } from '../../shared/model/import.js';
import { importFile, newSession, tempDir } from '../support/session.js';
import { delimitedFixtures, FIXTURES } from './fixtureFiles.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Reading {
  rows: string[][];
  /** Whether a chunk said plain while one of its rows held a line feed (must never happen). */
  wrongPlain: boolean;
  error: string | null;
}

async function read(file: string, delimiter: Delimiter, encoding: Encoding, fast: boolean): Promise<Reading> {
  const rows: string[][] = [];
  let wrongPlain = false;
  fastTokenizer.enabled = fast;
  try {
    await readRows({
      path: file,
      encoding,
      delimiter,
      onBytes() {},
      onRows(chunk, plain) {
        if (plain && chunk.some((row) => row.some((field) => field.includes('\n')))) wrongPlain = true;
        rows.push(...chunk);
        return true;
      },
    }).done;
    return { rows, wrongPlain, error: null };
  } catch (error) {
    return { rows, wrongPlain, error: error instanceof Error ? error.message : String(error) };
  } finally {
    fastTokenizer.enabled = true;
  }
}

async function expectSameReading(file: string, delimiter: Delimiter, encoding: Encoding): Promise<void> {
  const slow = await read(file, delimiter, encoding, false);
  const fast = await read(file, delimiter, encoding, true);
  expect(fast).toEqual({ ...slow, wrongPlain: false });
}

const fixtures = delimitedFixtures();

describe('on every CSV/TSV fixture', () => {
  it('there are fixtures to compare', () => {
    expect(fixtures.length).toBeGreaterThan(40);
  });

  it.each(fixtures.map((f) => [path.relative(FIXTURES, f), f]))('the rows are the same: %s', async (_name, file) => {
    const options = await previewFile(file).then(
      (preview) => preview.options,
      () => ({ delimiter: ',' as const, encoding: 'utf-8' as const }), // an empty file
    );
    for (const delimiter of [options.delimiter, ...(['\t', ';', '|', ','] as const)]) {
      await expectSameReading(file, delimiter, options.encoding);
    }
  });

  it.each(fixtures.map((f) => [path.relative(FIXTURES, f), f]))(
    'the import is the same (report, rejected rows, their lines): %s',
    async (_name, file) => {
      const slow = await importWith(file, false);
      const fast = await importWith(file, true);
      expect(fast).toEqual(slow);
    },
  );
});

async function importWith(file: string, fast: boolean): Promise<unknown> {
  const session = newSession(dir);
  session.create(path.join(dir, `p${Math.random().toString(36).slice(2)}.segwb`));
  fastTokenizer.enabled = fast;
  try {
    const { durationMs: _ms, ...report } = await importFile(session, file);
    const db = session.requireProject().db;
    const rejects = db.prepare('SELECT line, reason, column_name, value, raw FROM import_rejects ORDER BY line').all();
    return { report, rejects };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    fastTokenizer.enabled = true;
    session.close();
  }
}

/** papaparse's rows for a whole text, as the import's stream reading gives them. */
function papaRows(text: string, delimiter: Delimiter): { rows: string[][]; open: boolean } {
  const result = Papa.parse<string[]>(text, { delimiter, newline: '\n' });
  const open = result.errors.find((e) => e.code === 'MissingQuotes');
  const rows = open ? result.data.slice(0, open.row ?? 0) : result.data;
  return { rows: rows.filter((row) => !(row.length === 1 && row[0] === '')), open: open !== undefined };
}

/** The fast tokenizer over the text cut into the given pieces, papaparse for what it hands over. */
function fastThenPapa(text: string, cuts: number[], delimiter: Delimiter): { rows: string[][]; open: boolean } {
  const tokenizer = new FastRows(delimiter);
  const rows: string[][] = [];
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...points, text.length]) {
    const chunk = tokenizer.feed(text.slice(from, to));
    rows.push(...chunk.rows);
    if (chunk.rest !== null) {
      const rest = papaRows(chunk.rest + text.slice(to), delimiter);
      return { rows: [...rows, ...rest.rows], open: rest.open };
    }
    from = to;
  }
  const last = tokenizer.end();
  rows.push(...last.rows);
  if (last.rest !== null) {
    const rest = papaRows(last.rest, delimiter);
    return { rows: [...rows, ...rest.rows], open: rest.open };
  }
  return { rows, open: false };
}

const delimiters = fc.constantFrom<Delimiter>(',', ';', '\t', '|');
const rawField = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '"', ',', ';', '\t', '|', '\r', '\n', '\r\n', 'é', 'ش', '٣', '😀', ''),
  maxLength: 8,
});

/** A field written as a CSV writer would: quoted when it holds a quote, a delimiter or a line break. */
function written(field: string, delimiter: string, quoteAll: boolean): string {
  const needs = quoteAll || field.includes('"') || field.includes(delimiter) || /[\r\n]/.test(field);
  return needs ? `"${field.replaceAll('"', '""')}"` : field;
}

const wellFormed = fc
  .record({
    delimiter: delimiters,
    rows: fc.array(fc.array(rawField, { minLength: 1, maxLength: 5 }), { maxLength: 12 }),
    quoteAll: fc.boolean(),
    lineBreak: fc.constantFrom('\n', '\r\n', '\r'),
    trailing: fc.boolean(),
  })
  .map(({ delimiter, rows, quoteAll, lineBreak, trailing }) => ({
    delimiter,
    text:
      rows.map((row) => row.map((f) => written(f, delimiter, quoteAll)).join(delimiter)).join(lineBreak) +
      (trailing ? lineBreak : ''),
  }));

const anyText = fc.record({
  delimiter: delimiters,
  text: fc.string({
    unit: fc.constantFrom('a', '"', '""', ',', ';', '\t', '|', '\n', '\r\n', '\r', ' ', 'ü', ''),
    maxLength: 60,
  }),
});

describe('on fuzzed text', () => {
  const cuts = fc.array(fc.nat(200), { maxLength: 6 });

  it('well-formed CSV: the same rows as papaparse, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(wellFormed, cuts, ({ delimiter, text }, at) => {
        const lf = toLf(text);
        expect(fastThenPapa(lf, at, delimiter)).toEqual(papaRows(lf, delimiter));
      }),
      { numRuns: 3000 },
    );
  });

  it('any text (stray quotes, ragged rows): the same rows, papaparse taking over where needed', () => {
    fc.assert(
      fc.property(anyText, cuts, ({ delimiter, text }, at) => {
        const lf = toLf(text);
        expect(fastThenPapa(lf, at, delimiter)).toEqual(papaRows(lf, delimiter));
      }),
      { numRuns: 5000 },
    );
  });

  it('read from a file: the same rows and the same error as papaparse alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(wellFormed, anyText), async ({ delimiter, text }) => {
        const file = path.join(dir, 'fuzzed.csv');
        fs.writeFileSync(file, text);
        await expectSameReading(file, delimiter, 'utf-8');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the fast tokenizer alone', () => {
  it('splits quoted fields with doubled quotes, delimiters and line feeds', () => {
    const tokenizer = new FastRows(',');
    const first = tokenizer.feed('id,note\n1,"a ""b"", c\nd"\n2,');
    expect(first).toEqual({
      rows: [
        ['id', 'note'],
        ['1', 'a "b", c\nd'],
      ],
      plain: false,
      rest: null,
    });
    expect(tokenizer.feed('"x"\n\n""\n3,y')).toEqual({ rows: [['2', 'x']], plain: true, rest: null });
    expect(tokenizer.end()).toEqual({ rows: [['3', 'y']], plain: true, rest: null });
  });

  it('hands over from the row that holds a stray quote', () => {
    const tokenizer = new FastRows(',');
    expect(tokenizer.feed('1,a\n2,b"c\n3,d\n')).toEqual({ rows: [['1', 'a']], plain: true, rest: '2,b"c\n3,d\n' });
  });
});

describe('papaparse taking over', () => {
  it('never gives the row of an unterminated quote, even after a blank line', async () => {
    const file = path.join(dir, 'blank-then-open.csv');
    fs.writeFileSync(file, 'id,name\n1,a\n\n2,"open\n3,b\n');
    expect(await read(file, ',', 'utf-8', false)).toEqual({
      rows: [
        ['id', 'name'],
        ['1', 'a'],
      ],
      wrongPlain: false,
      error: 'The file is broken: unterminated_quote',
    });
  });
});

describe('a pause of the consumer', () => {
  it('holds across the hand-over to papaparse', async () => {
    const file = path.join(dir, 'pause-then-stray-quote.csv');
    // The consumer pauses on the first rows; the fast tokenizer hands over right after them.
    fs.writeFileSync(file, `id,name\n1,a\n2,b"c\n${'3,d\n'.repeat(100_000)}`);
    let rows = 0;
    let afterPause = 0;
    let paused = false;
    const reading = readRows({
      path: file,
      encoding: 'utf-8',
      delimiter: ',',
      onBytes() {},
      onRows(chunk) {
        rows += chunk.length;
        if (paused) afterPause += chunk.length;
        if (!paused) {
          paused = true;
          reading.pause();
        }
        return true;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(afterPause).toBe(0);
    reading.resume();
    await reading.done;
    expect(rows).toBe(100_003);
  });
});
