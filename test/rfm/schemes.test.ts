/** The named schemes as tables, first match, and the scheme linter (no data involved). */
import { describe, expect, it } from 'vitest';
import { lintScheme } from '../../electron/core/rfm/schemeLint.js';
import { RF_GRID, RFM_CLASSIC } from '../../electron/core/rfm/schemes.js';
import { schemeTable, scoreCode } from '../../electron/core/rfm/schemeTable.js';
import type { RfmSchemeRow } from '../../shared/contract/rfm.js';

const nameOf = (rows: readonly RfmSchemeRow[], bins: number, r: number, f: number, m: number) => {
  const table = schemeTable(rows, bins);
  return table.names[table.segmentOf[scoreCode(r, f, m)] as number];
};

describe('rfm-classic', () => {
  it('names a triple by its first matching row: one witness per row, and the rest Others', () => {
    // Each witness falls in its row and in none above it (checked against the ranges by hand).
    const witnesses: Array<[string, number, number, number]> = [
      ['Champions', 5, 5, 5],
      ['Potential Loyalist', 5, 5, 4], // not Champions (M 4)
      ['Loyal Customers', 2, 2, 2], // R 2: below Potential Loyalist
      ['Promising', 3, 1, 5], // F 1: not PL, not Loyal
      ['New Customers', 5, 1, 1], // R 5 F 1 M 1: not Promising (R 3-4)
      ["Can't Lose Them", 1, 4, 5], // R 1: not Loyal
      ['At Risk', 1, 5, 5], // F 5: not Can't Lose (F 3-4)
      ['Need Attention', 1, 5, 3], // M 3: not At Risk (M 4-5)
      ['About To Sleep', 2, 1, 1],
      ['Lost', 1, 1, 1],
      ['Others', 2, 1, 5], // R 2 F 1 M 5: About To Sleep stops at M 4, Lost needs R 1
    ];
    for (const [name, r, f, m] of witnesses)
      expect(`${r}${f}${m} ${nameOf(RFM_CLASSIC, 5, r, f, m)}`).toBe(`${r}${f}${m} ${name}`);
  });

  it('leaves 10 of the 125 triples to Others', () => {
    // By R: R 1 is all Lost. R 2: F 1 has About To Sleep up to M 4 (215 left); F 4 has Loyal
    // M 2-4, Can't Lose M 4-5, Need Attention M 3-5 (241 left); F 5 has At Risk M 4-5, Need
    // Attention M 3-5 (251, 252 left). R 3-5 with F 4-5: Potential Loyalist from M 2 (and Loyal
    // M 2-4), so M 1 is left: 341, 351, 441, 451, 541, 551. Every other triple has a row.
    const table = schemeTable(RFM_CLASSIC, 5);
    expect(table.names.at(-1)).toBe('Others');
    const others: string[] = [];
    for (let r = 1; r <= 5; r += 1)
      for (let f = 1; f <= 5; f += 1)
        for (let m = 1; m <= 5; m += 1) if (table.rowOf[scoreCode(r, f, m)] === -1) others.push(`${r}${f}${m}`);
    expect(others).toEqual(['215', '241', '251', '252', '341', '351', '441', '451', '541', '551']);
  });
});

describe('rf-grid', () => {
  it('gives every (R, F) cell its name from the issue, whatever M', () => {
    const expected: Record<string, string> = {};
    const put = (codes: string, name: string) => {
      for (const code of codes.split('/')) expected[code] = name;
    };
    put('11/12/21/22', 'hibernating');
    put('13/14/23/24', 'at_risk');
    put('15/25', 'cant_lose');
    put('31/32', 'about_to_sleep');
    put('33', 'need_attention');
    put('34/35/44/45', 'loyal_customers');
    put('41', 'promising');
    put('51', 'new_customers');
    put('42/43/52/53', 'potential_loyalists');
    put('54/55', 'champions');
    expect(Object.keys(expected)).toHaveLength(25);
    for (const [code, name] of Object.entries(expected)) {
      const [r, f] = [Number(code[0]), Number(code[1])];
      for (const m of [1, 3, 5]) expect(`${code} ${nameOf(RF_GRID, 5, r, f, m)}`).toBe(`${code} ${name}`);
    }
    expect(schemeTable(RF_GRID, 5).names).not.toContain('Others');
  });
});

describe('lintScheme', () => {
  it('finds nothing to say about the named schemes at 5 bins', () => {
    expect(lintScheme(RFM_CLASSIC, 5)).toEqual([]);
    expect(lintScheme(RF_GRID, 5)).toEqual([]);
  });

  it('flags a row that earlier rows cover, naming them', () => {
    const rows: RfmSchemeRow[] = [
      { name: 'Best', r: [4, 5], f: [4, 5], m: [1, 5] },
      { name: 'Recent', r: [4, 5], f: [1, 3], m: [1, 5] },
      // R 5 F 2-5 M 5: F 2-3 is in Recent, F 4-5 in Best -> unreachable, covered by rows 0 and 1.
      { name: 'VIP', r: [5, 5], f: [2, 5], m: [5, 5] },
      // R 3-5 F 1 M 1: R 3 F 1 M 1 is in no earlier row -> reachable.
      { name: 'Cheap', r: [3, 5], f: [1, 1], m: [1, 1] },
      { name: 'Best again', r: [5, 5], f: [5, 5], m: [5, 5] },
    ];
    const warnings = lintScheme(rows, 5);
    expect(warnings.map((w) => [w.code, w.row, w.coveredBy])).toEqual([
      ['unreachable', 2, [0, 1]],
      ['unreachable', 4, [0]],
    ]);
    expect(warnings[0]?.message).toBe(
      '"VIP" (row 3) can never match: every score it describes is taken first by "Best" (row 1), "Recent" (row 2). Move it up or narrow those rows.',
    );
  });

  it('flags reversed ranges and rows above the bins; coverage is checked within the bins', () => {
    const rows: RfmSchemeRow[] = [
      { name: 'Backwards', r: [4, 2], f: [1, 5], m: [1, 5] },
      { name: 'Top', r: [5, 5], f: [1, 5], m: [1, 5] },
      { name: 'High', r: [3, 5], f: [1, 5], m: [1, 5] },
      // With 3 bins R 3-5 means R 3 only, which High takes.
      { name: 'Three', r: [3, 4], f: [1, 3], m: [1, 3] },
    ];
    expect(lintScheme(rows, 3).map((w) => [w.code, w.name])).toEqual([
      ['reversed', 'Backwards'],
      ['out_of_range', 'Top'],
      ['unreachable', 'Three'],
    ]);
    // A reversed row takes nothing, so it covers nothing either.
    expect(lintScheme([rows[0] as RfmSchemeRow, { name: 'Any', r: [1, 5], f: [1, 5], m: [1, 5] }], 5)).toHaveLength(1);
  });
});
