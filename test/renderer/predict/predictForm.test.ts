/** The Predict form's options: empty fields leave the engine's defaults, out-of-range values ask nothing. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM, formOptions } from '../../../renderer/src/predict/predictForm.js';

describe('formOptions', () => {
  it('gives the defaults shown, without a calibration end (the last order date)', () => {
    expect(formOptions(DEFAULT_FORM)).toEqual({ unit: 'week', horizon: 52, margin: 1 });
  });

  it('passes every field filled in', () => {
    expect(
      formOptions({ calibrationEnd: '1997-09-30', unit: 'day', horizon: 39, margin: 0.3, discountRate: 0.01 }),
    ).toEqual({ calibrationEnd: '1997-09-30', unit: 'day', horizon: 39, margin: 0.3, discountRate: 0.01 });
  });

  it.each([[{ horizon: 0 }], [{ horizon: 2.5 }], [{ margin: 1.2 }], [{ margin: -0.1 }], [{ discountRate: 2 }]])(
    'refuses %j',
    (change) => {
      expect(formOptions({ ...DEFAULT_FORM, ...change })).toBeNull();
    },
  );
});
