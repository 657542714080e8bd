/**
 * What a streamed set keeps per order (ref 1, 2, ...) while its lines are read: customer, date,
 * first line of the orders file, own amount, the sum of its lines, and the values of the order's
 * extra columns. Typed arrays that grow by doubling; text values dictionary-encoded per column,
 * so that half a million orders cost some 40 bytes each, not a row object each.
 */

/** A value of a staged cell: a number, a text, or null for an empty cell. */
export type Cell = number | string | null;

/** No line of the order has been read. */
export const NO_LINES = 0;
/** Lines read, none with money (their sum is NULL in SQL terms). */
export const LINES_WITHOUT_MONEY = 1;
export const LINES_WITH_MONEY = 2;

export class OrderTable {
  count = 0;
  customer = new Int32Array(1024);
  ts = new Float64Array(1024);
  line = new Float64Array(1024);
  /** NaN: no own amount. */
  own = new Float64Array(1024);
  lineSum = new Float64Array(1024);
  lineState = new Uint8Array(1024);
  private readonly extras: ExtraValues[];

  constructor(extraColumns: number) {
    this.extras = Array.from({ length: extraColumns }, () => new ExtraValues());
  }

  /** Adds the next order; returns its ref. */
  add(customer: number, ts: number, line: number, own: number | null, extras: readonly Cell[]): number {
    const ref = this.count + 1;
    if (ref >= this.customer.length) this.grow(this.customer.length * 2);
    this.customer[ref] = customer;
    this.ts[ref] = ts;
    this.line[ref] = line;
    this.own[ref] = own ?? Number.NaN;
    extras.forEach((value, i) => {
      (this.extras[i] as ExtraValues).set(ref, value);
    });
    this.count = ref;
    return ref;
  }

  addLine(ref: number, money: number | null): void {
    if (money === null) {
      if (this.lineState[ref] === NO_LINES) this.lineState[ref] = LINES_WITHOUT_MONEY;
      return;
    }
    this.lineSum[ref] = (this.lineSum[ref] as number) + money;
    this.lineState[ref] = LINES_WITH_MONEY;
  }

  extra(i: number, ref: number): Cell {
    return (this.extras[i] as ExtraValues).get(ref);
  }

  private grow(size: number): void {
    this.customer = grown(this.customer, new Int32Array(size));
    this.ts = grown(this.ts, new Float64Array(size));
    this.line = grown(this.line, new Float64Array(size));
    this.own = grown(this.own, new Float64Array(size));
    this.lineSum = grown(this.lineSum, new Float64Array(size));
    this.lineState = grown(this.lineState, new Uint8Array(size));
  }
}

/** One extra column's value per ref: numbers as they are, texts as codes into a dictionary. */
class ExtraValues {
  /** Per ref: NaN = not a number (see codes). */
  private numbers = new Float64Array(1024);
  /** Per ref: -1 = null, else the text's code (when numbers holds NaN). */
  private codes = new Int32Array(1024);
  private readonly dictionary = new Map<string, number>();
  private readonly texts: string[] = [];

  set(ref: number, value: Cell): void {
    if (ref >= this.codes.length) {
      this.numbers = grown(this.numbers, new Float64Array(this.codes.length * 2));
      this.codes = grown(this.codes, new Int32Array(this.codes.length * 2));
    }
    if (typeof value === 'number') {
      this.numbers[ref] = value;
      return;
    }
    this.numbers[ref] = Number.NaN;
    if (value === null) {
      this.codes[ref] = -1;
      return;
    }
    let code = this.dictionary.get(value);
    if (code === undefined) {
      // Copied: a slice of the batch's text would keep the whole batch alive.
      const own = ` ${value}`.slice(1);
      code = this.texts.length;
      this.texts.push(own);
      this.dictionary.set(own, code);
    }
    this.codes[ref] = code;
  }

  get(ref: number): Cell {
    const n = this.numbers[ref] as number;
    if (!Number.isNaN(n)) return n;
    const code = this.codes[ref] as number;
    return code < 0 ? null : (this.texts[code] as string);
  }
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
