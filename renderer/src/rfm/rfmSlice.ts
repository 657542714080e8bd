/**
 * The RFM settings as the user set them in the RFM view: kept while they switch views, forgotten
 * when another project opens.
 */
import type { RfmSchemeRow } from '../../../shared/contract/rfm.js';
import type { SliceCreator } from '../store/types.js';
import type { RfmForm } from './RfmSettingsForm.js';

export const INITIAL_RFM_FORM: RfmForm = {
  bins: 5,
  method: 'quantile',
  thresholds: { recency: '', frequency: '', monetary: '' },
  scheme: 'rfm-classic',
};

export interface RfmSlice {
  rfmForm: RfmForm;
  /** The rows of the custom naming scheme; empty until the user picks "custom". */
  rfmCustomRows: RfmSchemeRow[];
  setRfmForm(form: RfmForm): void;
  setRfmCustomRows(rows: RfmSchemeRow[]): void;
  forgetRfmSettings(): void;
}

export const createRfmSlice: SliceCreator<RfmSlice> = (set) => ({
  rfmForm: INITIAL_RFM_FORM,
  rfmCustomRows: [],
  setRfmForm: (rfmForm) => set({ rfmForm }),
  setRfmCustomRows: (rfmCustomRows) => set({ rfmCustomRows }),
  forgetRfmSettings: () => set({ rfmForm: INITIAL_RFM_FORM, rfmCustomRows: [] }),
});
