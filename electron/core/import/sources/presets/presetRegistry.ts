/** Every preset, in the order they are tried: the first whose header matches is the file's. */
import { WorkbenchError } from '../../../../../shared/errors.js';
import { worded } from '../../../../../shared/errorWording.js';
import type { ReasonWording } from '../../../../../shared/i18n/importReasonText.js';
import { mailchimpAudience } from './mailchimpAudience.js';
import { OLIST_PRESETS } from './olist.js';
import type { Preset } from './presetTypes.js';
import { shopifyCustomers } from './shopifyCustomers.js';
import { shopifyOrders } from './shopifyOrders.js';
import { wooCommerceOrders } from './wooCommerceOrders.js';

export const PRESETS: readonly Preset[] = [
  shopifyOrders,
  shopifyCustomers,
  wooCommerceOrders,
  mailchimpAudience,
  ...OLIST_PRESETS,
];

/**
 * The preset of a header: the one asked for by id (its header must fit it), else the first that
 * recognises it, else null.
 */
export function findPreset(
  headers: readonly string[],
  chosen?: string,
): { preset: Preset; reason: ReasonWording } | null {
  if (chosen !== undefined) {
    const preset = PRESETS.find((p) => p.id === chosen);
    if (!preset) {
      const ids = PRESETS.map((p) => p.id).join(', ');
      throw new WorkbenchError('INVALID_PARAMS', `Unknown preset "${chosen}": use one of ${ids}.`, {
        ...worded('unknown_preset', { preset: chosen, list: ids }),
      });
    }
    const reason = preset.recognise(headers);
    if (!reason) {
      throw new WorkbenchError(
        'INVALID_PARAMS',
        `The file's header does not fit the ${preset.name} preset: it lacks the columns that export always has.`,
        worded('preset_misfit', { preset: preset.name, preset_id: preset.id }),
      );
    }
    return { preset, reason: { parts: [{ key: 'chosen_by_you' }, reason] } };
  }
  for (const preset of PRESETS) {
    const reason = preset.recognise(headers);
    if (reason) return { preset, reason: { parts: [reason] } };
  }
  return null;
}
