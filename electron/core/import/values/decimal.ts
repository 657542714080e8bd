/**
 * Which mark a file uses for decimals, decided from its values. Only values that can be read
 * one way vote: "2,55" and "1.234,56" say comma; "2.55" and "1,234.56" say point; "1,234"
 * could be either and does not vote. With no vote the point wins.
 */
import type { DecimalSeparator } from '../../../../shared/model/import.js';
import { toAsciiDigits } from './digits.js';

// A number with separators, after currency, signs and spaces around it are dropped.
const NUMBERISH = /^[^\d]{0,6}?(\d[\d.,\u00a0\u202f\u2009' ]*\d|\d)[^\d]{0,6}$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const NOT_NUMERIC_CONTEXT = /[:/]|\d-\d/;

export function detectDecimal(samples: readonly string[]): DecimalSeparator {
  let point = 0;
  let comma = 0;
  for (const sample of samples) {
    const vote = decimalVote(sample);
    if (vote === '.') point += 1;
    else if (vote === ',') comma += 1;
  }
  return comma > point ? ',' : '.';
}

/** The decimal mark one value proves, or null when it proves none. */
export function decimalVote(sample: string): DecimalSeparator | null {
  const text = toAsciiDigits(sample).trim();
  if (text.length === 0 || text.length > 40 || NOT_NUMERIC_CONTEXT.test(text)) return null;
  const match = NUMBERISH.exec(text);
  if (!match) return null;
  const core = (match[1] as string).replace(/[\u00a0\u202f\u2009' ]/g, '');
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) {
    // Both marks: the later one is the decimal mark if the part before it is grouped by the other.
    if (lastComma > lastDot) return GROUPED_DOT.test(core.slice(0, lastComma)) ? ',' : null;
    return GROUPED_COMMA.test(core.slice(0, lastDot)) ? '.' : null;
  }
  if (lastComma !== -1) return singleMarkVote(core, ',', GROUPED_COMMA);
  if (lastDot !== -1) return singleMarkVote(core, '.', GROUPED_DOT);
  return null;
}

function singleMarkVote(core: string, mark: DecimalSeparator, grouped: RegExp): DecimalSeparator | null {
  const other: DecimalSeparator = mark === '.' ? ',' : '.';
  if (core.indexOf(mark) !== core.lastIndexOf(mark)) return grouped.test(core) ? other : null;
  const after = core.length - core.indexOf(mark) - 1;
  // Three digits after a single mark read as thousands or decimals alike: no vote.
  if (after === 3 && grouped.test(core)) return null;
  return after > 0 ? mark : null;
}
