/** What saving the RFM segments did, in a sentence, also when nothing was saved. */
import type { TFunction } from 'i18next';

export function savedMessage(names: readonly string[], t: TFunction, lang: string): string {
  if (names.length === 0) return t('rfm.save.none');
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(names);
  return t('rfm.save.done', { count: names.length, names: list });
}
