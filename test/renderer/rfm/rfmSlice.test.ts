import { beforeEach, describe, expect, it } from 'vitest';
import type { RfmForm } from '../../../renderer/src/rfm/RfmSettingsForm.js';
import { INITIAL_RFM_FORM } from '../../../renderer/src/rfm/rfmSlice.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';

const rfm = () => {
  const { rfmForm, rfmCustomRows } = useStore.getState();
  return { rfmForm, rfmCustomRows };
};

describe('the RFM slice', () => {
  beforeEach(() => resetStore());

  it('starts with five quantile bins and the classic names', () => {
    expect(rfm()).toEqual({
      rfmForm: {
        bins: 5,
        method: 'quantile',
        thresholds: { recency: '', frequency: '', monetary: '' },
        scheme: 'rfm-classic',
      },
      rfmCustomRows: [],
    });
  });

  it('keeps the settings and custom rows as set, and forgets them back to the start', () => {
    const form: RfmForm = {
      bins: 4,
      method: 'thresholds',
      thresholds: { recency: '30, 90, 180', frequency: '1, 2, 5', monetary: '50, 100, 500' },
      scheme: 'rfm-classic',
    };
    useStore.getState().setRfmForm(form);
    useStore.getState().setRfmCustomRows([{ name: 'Best', r: [4, 4], f: [3, 4], m: [1, 4] }]);
    expect(rfm()).toEqual({ rfmForm: form, rfmCustomRows: [{ name: 'Best', r: [4, 4], f: [3, 4], m: [1, 4] }] });
    useStore.getState().forgetRfmSettings();
    expect(rfm()).toEqual({ rfmForm: INITIAL_RFM_FORM, rfmCustomRows: [] });
  });
});
