/**
 * The ISO shortcut of parseDate against the general reader (differential): every date cell of
 * every fixture and fuzzed near-ISO text give the same seconds (or both no date), in every order,
 * including runs of one day (the shortcut keeps the previous day's number).
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnyDate, parseDate } from '../../electron/core/import/values/date.js';
import { parseIsoDateTime } from '../../electron/core/import/values/isoDateTime.js';
import type { DateOrder } from '../../shared/model/import.js';
import { delimitedFixtures } from './fixtureFiles.js';

const ORDERS: DateOrder[] = ['dmy', 'mdy', 'ymd'];

/** NaN-safe comparison of both readers on one text; returns the text when they differ. */
function differs(text: string): string | null {
  for (const order of ORDERS) {
    if (!Object.is(parseDate(text, order), parseAnyDate(text, order))) return `${text} (${order})`;
  }
  return null;
}

describe('parseIsoDateTime', () => {
  it('reads the common shapes and leaves every other text to the general reader', () => {
    expect(parseIsoDateTime('2010-12-01')).toBe(1_291_161_600);
    expect(parseIsoDateTime('2010-12-01 08:26')).toBe(1_291_191_960);
    expect(parseIsoDateTime('2010-12-01T08:26:30')).toBe(1_291_191_990);
    expect(parseIsoDateTime('2024-02-29 23:59:59')).toBe(1_709_251_199);
    for (const text of [
      '2023-02-29',
      '2010-13-01',
      '2010-12-01 24:00',
      '2010-12-01 08:60',
      '0000-01-01',
      '2010-12-1',
    ]) {
      expect(parseIsoDateTime(text)).toBeNaN();
    }
    expect(parseIsoDateTime('2010-12-01 08:26:30.5')).toBeNaN(); // a fraction: the general reader's
    expect(parseDate('2010-12-01 08:26:30.5', 'dmy')).toBe(1_291_191_990);
  });

  it('agrees with the general reader on every cell of every fixture', () => {
    let dates = 0;
    for (const file of delimitedFixtures()) {
      for (const line of fs.readFileSync(file, 'utf8').split(/\r\n|\n|\r/)) {
        for (const cell of line.split(/[,;\t|]/)) {
          const text = cell.replace(/^"|"$/g, '').trim();
          if (!Number.isNaN(parseIsoDateTime(text))) dates += 1;
          const wrong = differs(text);
          if (wrong) expect(wrong).toBeNull();
        }
      }
    }
    expect(dates).toBeGreaterThan(200);
  });

  it('agrees with the general reader on fuzzed near-ISO text, one day after another or the same', () => {
    const digit = fc.constantFrom('0', '1', '2', '3', '5', '9');
    const pair = fc.tuple(digit, digit).map(([a, b]) => a + b);
    const sep = fc.constantFrom('-', '-', '-', '/', '.', ':', ' ', 'x', '');
    const timeSep = fc.constantFrom(' ', 'T', 't', ',', ':', '');
    const text = fc
      .tuple(
        fc.constantFrom('2024', '2023', '2000', '1900', '0000', '0001', '9999', '202', '20245'),
        sep,
        fc.oneof(pair, fc.constantFrom('02', '12', '13', '00', '1')),
        sep,
        fc.oneof(pair, fc.constantFrom('28', '29', '30', '31', '00', '1')),
        fc.option(fc.tuple(timeSep, pair, fc.constantFrom(':', ':', '.', '-'), pair), { nil: undefined }),
        fc.option(fc.tuple(fc.constantFrom(':', ':', '.'), pair), { nil: undefined }),
        fc.constantFrom('', '', '', 'Z', ' ', '.5', '+01:00', ' PM'),
      )
      .map(([y, s1, m, s2, d, time, seconds, tail]) => {
        const hm = time ? time.join('') : '';
        const ss = time && seconds ? seconds.join('') : '';
        return `${y}${s1}${m}${s2}${d}${hm}${ss}${tail}`;
      });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        for (const t of [...texts, ...texts.reverse()]) if (differs(t) !== null) return false;
        return true;
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives every second of a day and every day of four years as the general reader does', () => {
    const day = (d: number) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10);
    for (let d = 0; d < 4 * 366; d += 1) {
      const date = day(d);
      if (differs(date) || differs(`${date} 13:07`) || differs(`${date}T23:59:59`)) {
        expect(differs(date) ?? differs(`${date} 13:07`) ?? differs(`${date}T23:59:59`)).toBeNull();
      }
    }
    for (let s = 0; s < 86_400; s += 7) {
      const hh = String(Math.floor(s / 3600)).padStart(2, '0');
      const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
      const ss = String(s % 60).padStart(2, '0');
      const text = `2024-07-01 ${hh}:${mm}:${ss}`;
      expect(parseIsoDateTime(text)).toBe(parseAnyDate(text, 'dmy'));
    }
  });
});
