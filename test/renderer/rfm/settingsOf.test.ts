import { describe, expect, it } from 'vitest';
import type { RfmForm } from '../../../renderer/src/rfm/RfmSettingsForm.js';
import { settingsOf } from '../../../renderer/src/rfm/settingsOf.js';
import type { RfmSchemeRow } from '../../../shared/contract/rfm.js';

const form: RfmForm = {
  bins: 3,
  method: 'quantile',
  thresholds: { recency: '', frequency: '', monetary: '' },
  scheme: 'rf-grid',
};
const row: RfmSchemeRow = { name: 'Best', r: [3, 3], f: [3, 3], m: [1, 3] };

describe('settingsOf', () => {
  it('sends bins, method and scheme as they are for quantiles', () => {
    expect(settingsOf(form, [])).toEqual({ bins: 3, method: 'quantile', scheme: 'rf-grid' });
  });

  it('sends the typed breaks only once every dimension has bins - 1 ascending numbers', () => {
    const typed = {
      ...form,
      method: 'thresholds' as const,
      thresholds: { recency: '30 90', frequency: '1 3', monetary: '' },
    };
    expect(settingsOf(typed, [])).toBeNull();
    expect(settingsOf({ ...typed, thresholds: { ...typed.thresholds, monetary: '50; 200' } }, [])).toEqual({
      bins: 3,
      method: 'thresholds',
      scheme: 'rf-grid',
      thresholds: { recency: [30, 90], frequency: [1, 3], monetary: [50, 200] },
    });
  });

  it('sends the custom rows, and nothing while a row has no name', () => {
    const custom = { ...form, scheme: 'custom' as const };
    expect(settingsOf(custom, [row])).toMatchObject({ scheme: 'custom', customScheme: [row] });
    expect(settingsOf(custom, [{ ...row, name: ' ' }])).toBeNull();
    expect(settingsOf(custom, [])).toBeNull();
  });
});
