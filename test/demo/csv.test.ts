import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../../electron/core/demo/csv.js';

describe('demo CSV encoding', () => {
  it('leaves plain fields alone, including accents and semicolons', () => {
    expect(csvField('München')).toBe('München');
    expect(csvField('sports;travel')).toBe('sports;travel');
    expect(csvField('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('Washington, D.C.')).toBe('"Washington, D.C."');
    expect(csvField('Monitor 27" 4K')).toBe('"Monitor 27"" 4K"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('joins a row with commas and ends it with LF', () => {
    expect(csvLine(['O0000001', 'Tent, 2-Person', '-1', ''])).toBe('O0000001,"Tent, 2-Person",-1,\n');
  });
});
