import { describe, expect, it } from 'vitest';
import { firstFreeName, numberedName, projectNameFromFile } from '../../../renderer/src/start/projectNames.js';

describe('project names from files', () => {
  it('names a project after the file, without its extension', () => {
    expect(projectNameFromFile('Online Retail.csv')).toBe('Online Retail');
    expect(projectNameFromFile('export.2024.TSV')).toBe('export.2024');
    expect(projectNameFromFile('Shop orders.xlsx')).toBe('Shop orders');
  });

  it('replaces characters a file name cannot hold', () => {
    expect(projectNameFromFile('a/b:c*?.csv')).toBe('a-b-c--');
    expect(projectNameFromFile('tab\there.csv')).toBe('tab-here');
    expect(projectNameFromFile('.csv')).toBe('Imported data');
  });

  it('numbers the name from the second attempt on', () => {
    expect(numberedName('Online Retail', 1)).toBe('Online Retail');
    expect(numberedName('Online Retail', 2)).toBe('Online Retail (2)');
    expect(numberedName('Online Retail', 10)).toBe('Online Retail (10)');
  });
});

describe('firstFreeName', () => {
  it('skips names already taken, ignoring case', () => {
    expect(firstFreeName('Online Retail', [])).toBe('Online Retail');
    expect(firstFreeName('Online Retail', ['online retail', 'Online Retail (2)'])).toBe('Online Retail (3)');
  });
});
