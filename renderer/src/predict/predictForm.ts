/** The Predict view's option form and the clv options it asks for (empty fields: the engine's defaults). */
import type { ClvOptions, ClvUnit } from '../../../shared/contract/clv.js';

export interface PredictForm {
  /** ISO date, or '' for the last order date. */
  calibrationEnd: string;
  unit: ClvUnit;
  horizon: number | undefined;
  margin: number | undefined;
  discountRate: number | undefined;
}

export const DEFAULT_FORM: PredictForm = {
  calibrationEnd: '',
  unit: 'week',
  horizon: 52,
  margin: 1,
  discountRate: undefined,
};

/** The options of a form, or null while a field holds something the engine would refuse. */
export function formOptions(form: PredictForm): ClvOptions | null {
  const options: ClvOptions = { unit: form.unit };
  if (form.calibrationEnd !== '') options.calibrationEnd = form.calibrationEnd;
  if (form.horizon !== undefined) {
    if (!Number.isInteger(form.horizon) || form.horizon < 1 || form.horizon > 5200) return null;
    options.horizon = form.horizon;
  }
  if (form.margin !== undefined) {
    if (form.margin < 0 || form.margin > 1) return null;
    options.margin = form.margin;
  }
  if (form.discountRate !== undefined) {
    if (form.discountRate < 0 || form.discountRate > 1) return null;
    options.discountRate = form.discountRate;
  }
  return options;
}
