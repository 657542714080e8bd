/** The form as shown -> the settings rfm/compute takes; null while typed breaks are not valid. */
import type { RfmSchemeRow, RfmSettings } from '../../../shared/contract/rfm.js';
import { parseBreaks } from './breaksText.js';
import type { RfmForm } from './RfmSettingsForm.js';

export function settingsOf(form: RfmForm, customRows: RfmSchemeRow[]): RfmSettings | null {
  const settings: RfmSettings = { bins: form.bins, method: form.method, scheme: form.scheme };
  if (form.method === 'thresholds') {
    const recency = parseBreaks(form.thresholds.recency, form.bins);
    const frequency = parseBreaks(form.thresholds.frequency, form.bins);
    const monetary = parseBreaks(form.thresholds.monetary, form.bins);
    if (!recency.ok || !frequency.ok || !monetary.ok) return null;
    settings.thresholds = { recency: recency.values, frequency: frequency.values, monetary: monetary.values };
  }
  if (form.scheme === 'custom') {
    if (customRows.length === 0 || customRows.some((row) => row.name.trim() === '')) return null;
    settings.customScheme = customRows;
  }
  return settings;
}
