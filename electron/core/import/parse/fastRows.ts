/**
 * A fast exact tokenizer for well-formed delimited text (RFC 4180: quoted fields with doubled
 * quotes, delimiters and line feeds inside quotes), fed the decoded text chunk by chunk after
 * every line break has become a line feed (see readRows). It gives exactly the rows papaparse
 * gives for such text (blank lines skipped, a lone empty field counting as blank, a BOM kept as a
 * character as papaparse's stream mode keeps it). Anything else (a quote inside an unquoted field,
 * text after a closing quote, a quote never closed, a row longer than FALLBACK_ROW_CHARS) it does
 * not guess at: it stops at the start of that row and hands the rest to papaparse.
 */

const QUOTE = 34;
const LF = 10;
const QUOTE_CHAR = '"';
/** A row not ended after this much text goes to papaparse, which also decides when it is broken. */
const FALLBACK_ROW_CHARS = 256 * 1024;

export interface FastChunk {
  rows: string[][];
  /** No field of these rows holds a line feed. */
  plain: boolean;
  /**
   * Not null when the text needs papaparse: everything from the start of the first row not in
   * `rows`; the tokenizer must not be fed again.
   */
  rest: string | null;
}

export class FastRows {
  private carry = '';
  private readonly delimiter: number;

  constructor(delimiter: string) {
    if (delimiter.length !== 1 || delimiter === QUOTE_CHAR || delimiter === '\n') {
      throw new Error(`FastRows takes a one-character delimiter, not ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The rows this chunk completes. */
  feed(chunk: string): FastChunk {
    return this.tokenize(this.carry.length === 0 ? chunk : this.carry + chunk, false);
  }

  /** The last row, when the text does not end with a line feed. */
  end(): FastChunk {
    return this.tokenize(this.carry, true);
  }

  private tokenize(input: string, final: boolean): FastChunk {
    const rows: string[][] = [];
    const delim = this.delimiter;
    const delimChar = String.fromCharCode(delim);
    const length = input.length;
    let plain = true;
    let pos = 0;
    // The next quote at or after pos (length when none): most rows have none.
    let nextQuote = input.indexOf(QUOTE_CHAR);
    if (nextQuote < 0) nextQuote = length;
    // The next delimiter at or after the field being read, kept: a delimiter rarer than line
    // feeds (a file of one column) must not be searched for again from every line.
    let nextDelim = -1;
    lines: while (pos < length) {
      const rowStart = pos;
      let lineEnd = input.indexOf('\n', pos);
      if (lineEnd < 0) {
        if (!final) break;
        lineEnd = length;
      }
      const row: string[] = [];
      let field = pos;
      for (;;) {
        if (input.charCodeAt(field) === QUOTE) {
          let value = '';
          let from = field + 1;
          let end: number;
          for (;;) {
            const close = input.indexOf(QUOTE_CHAR, from);
            if (close < 0 || (close === length - 1 && !final)) {
              return this.stopped(rows, plain, input, rowStart, final, 'open');
            }
            const after = close + 1 < length ? input.charCodeAt(close + 1) : LF;
            if (after === QUOTE) {
              value += input.slice(from, close + 1);
              from = close + 2;
              continue;
            }
            if (after !== delim && after !== LF) return this.stopped(rows, plain, input, rowStart, final, 'odd');
            value += input.slice(from, close);
            end = close + 1;
            break;
          }
          if (plain && value.includes('\n')) plain = false;
          row.push(value);
          nextQuote = input.indexOf(QUOTE_CHAR, end);
          if (nextQuote < 0) nextQuote = length;
          if (end >= length || input.charCodeAt(end) === LF) {
            pushRow(rows, row);
            pos = end + 1;
            continue lines;
          }
          field = end + 1;
          continue;
        }
        // An unquoted field: up to the next delimiter or the line's end (one found after a quoted
        // field may hold line feeds).
        if (lineEnd < field) {
          lineEnd = input.indexOf('\n', field);
          if (lineEnd < 0) {
            if (!final) return this.stopped(rows, plain, input, rowStart, final, 'open');
            lineEnd = length;
          }
        }
        if (nextDelim < field) {
          nextDelim = input.indexOf(delimChar, field);
          if (nextDelim < 0) nextDelim = length;
        }
        const end = nextDelim < lineEnd ? nextDelim : lineEnd;
        if (nextQuote < end) return this.stopped(rows, plain, input, rowStart, final, 'odd');
        row.push(input.slice(field, end));
        if (end === lineEnd) {
          pushRow(rows, row);
          pos = end + 1;
          continue lines;
        }
        field = end + 1;
      }
    }
    this.carry = pos < length ? input.slice(pos) : '';
    if (this.carry.length > FALLBACK_ROW_CHARS) return { rows, plain, rest: this.carry };
    return { rows, plain, rest: null };
  }

  /** A row this tokenizer cannot finish yet ('open') or at all ('odd'). */
  private stopped(
    rows: string[][],
    plain: boolean,
    input: string,
    rowStart: number,
    final: boolean,
    why: 'open' | 'odd',
  ): FastChunk {
    const rest = input.slice(rowStart);
    if (why === 'open' && !final && rest.length <= FALLBACK_ROW_CHARS) {
      this.carry = rest;
      return { rows, plain, rest: null };
    }
    return { rows, plain, rest };
  }
}

/** papaparse's skipEmptyLines: a row of one empty field (a blank line, or `""`) is no row. */
function pushRow(rows: string[][], row: string[]): void {
  if (row.length === 1 && row[0] === '') return;
  rows.push(row);
}
