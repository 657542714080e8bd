/**
 * A linter warning in the user's language, from the engine's code, reason and values (the engine's
 * message is its English). A reason this version does not know (a newer engine) falls back to that
 * English message.
 */
import type { TFunction } from 'i18next';
import type { FieldInfo, LintWarning } from '../../../shared/api.js';
import { formatInteger, formatPercent, formatTextList } from '../format.js';

export function lintText(warning: LintWarning, fields: readonly FieldInfo[], t: TFunction, lang: string): string {
  const v = warning.values ?? {};
  const label = (key: unknown) =>
    typeof key === 'string' ? (fields.find((f) => f.key === key)?.label ?? key) : String(key ?? '');
  const values: Record<string, string | number> = {};
  if ('field' in v) values.field = label(v.field);
  if (typeof v.customers === 'number') values.customers = formatInteger(v.customers, lang);
  if (typeof v.min === 'number') values.min = formatInteger(v.min, lang);
  if (typeof v.share === 'number') values.share = formatPercent(v.share, lang);
  if (typeof v.shared === 'number') values.shared = formatInteger(v.shared, lang);
  if (typeof v.smaller === 'number') values.smaller = formatInteger(v.smaller, lang);
  if (typeof v.name === 'string') values.name = v.name;
  if (typeof v.names === 'string') values.names = formatTextList(v.names.split('\t'), lang);
  if (typeof v.value === 'number') values.value = formatInteger(v.value, lang);
  if (typeof v.op === 'string') values.op = v.op;
  const key = `lintWhy.${warning.code}.${warning.reason}`;
  // the plural form follows the customers counted (only "too small" counts any)
  const plural = typeof v.customers === 'number' ? { count: v.customers } : {};
  const sentence = t(key, { ...values, ...plural, defaultValue: '' });
  if (!sentence) return warning.message;
  return v.inOrders ? t('lintWhy.inOrders', { sentence }) : sentence;
}
