/** dayToIso by arithmetic writes what Date's toISOString writes, on every day it computes and at its edges. */
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../../electron/core/metrics/days.js';

const byDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('dayToIso', () => {
  it('equals toISOString on every day from 1800 to 2200', () => {
    const from = isoToDay('1800-01-01');
    const to = isoToDay('2200-12-31');
    let differing = 0;
    for (let day = from; day <= to; day += 1) if (dayToIso(day) !== byDate(day)) differing += 1;
    expect(to - from + 1).toBe(146_462);
    expect(differing).toBe(0);
  });

  it('equals toISOString on every 13th day of the four-digit years, and at the edges of its range', () => {
    let differing = 0;
    for (let day = -354_285; day <= 2_932_896; day += 13) if (dayToIso(day) !== byDate(day)) differing += 1;
    expect(differing).toBe(0);
    expect(dayToIso(-354_285)).toBe('1000-01-01');
    expect(dayToIso(2_932_896)).toBe('9999-12-31');
    // Outside it, and for a fraction of a day, toISOString's own text.
    expect(dayToIso(-354_286)).toBe('0999-12-31');
    expect(dayToIso(2_932_897)).toBe(byDate(2_932_897));
    expect(dayToIso(19_000.75)).toBe(byDate(19_000.75));
  });

  it('writes the leap days and the turns of the centuries', () => {
    expect(dayToIso(isoToDay('2000-02-29'))).toBe('2000-02-29');
    expect(dayToIso(isoToDay('2024-02-29'))).toBe('2024-02-29');
    expect(dayToIso(isoToDay('1900-03-01') - 1)).toBe('1900-02-28');
    expect(dayToIso(isoToDay('2100-03-01') - 1)).toBe('2100-02-28');
    expect(dayToIso(-1)).toBe('1969-12-31');
    expect(dayToIso(0)).toBe('1970-01-01');
  });
});
