/** Engine errors in the user's language, from the wording (key and values) the engine sends with them. */
import type { TFunction } from 'i18next';
import { type ErrorWording, wordingOf } from '../../../shared/errorWording.js';
import { isPresetId } from '../../../shared/i18n/importReasonText.js';
import { RejectReason } from '../../../shared/model/import.js';
import { DatasetKind, Role } from '../../../shared/model/roles.js';
import type { ApiErrorShape } from '../api/apiError.js';

/**
 * The engine's message in the user's language, when the engine gave its wording (a key and values);
 * a kind, a reject reason or a column role among the values is a code, worded here too. Null: show the message as sent.
 */
export function wordedMessage(error: ApiErrorShape, t: TFunction): string | null {
  const wording = wordingOf(error.details);
  return wording ? wordingText(wording, t) : null;
}

/** A wording (key and values) in the user's language; null when the catalogs have no words for it. */
export function wordingText(wording: ErrorWording, t: TFunction): string | null {
  const values: Record<string, string | number> = { ...wording.values };
  const kind = DatasetKind.safeParse(values.kind);
  if (kind.success) values.kind = t(`kinds.${kind.data}`);
  const reason = RejectReason.safeParse(values.reason);
  if (reason.success) values.reason = t(`rejectReasons.${reason.data}`);
  const role = Role.safeParse(values.role);
  if (role.success) values.role = t(`roles.${role.data}`);
  if (isPresetId(values.preset_id)) values.preset = t(`presetNames.${values.preset_id}`);
  const key = `engineErrors.${wording.key}`;
  const text = t(key, { ...values, defaultValue: '' });
  return text === '' ? null : text;
}
