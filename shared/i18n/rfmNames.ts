/**
 * The names of the RFM segments the engine's named schemes give, in the four UI languages: shared by the
 * renderer's catalogs (value.ts) and the CLI's human output, so both say the same words. English as the
 * engine spells them; RFM_NAME_KEYS maps the engine's names (and the keys) to them.
 */
import type { UiLanguage } from '../languages.js';

export type RfmNameKey =
  | 'champions'
  | 'potential_loyalists'
  | 'loyal_customers'
  | 'promising'
  | 'new_customers'
  | 'cant_lose'
  | 'at_risk'
  | 'need_attention'
  | 'about_to_sleep'
  | 'lost'
  | 'hibernating'
  | 'others';

export const RFM_NAMES = {
  en: {
    champions: 'Champions',
    potential_loyalists: 'Potential Loyalist',
    loyal_customers: 'Loyal Customers',
    promising: 'Promising',
    new_customers: 'New Customers',
    cant_lose: "Can't Lose Them",
    at_risk: 'At Risk',
    need_attention: 'Need Attention',
    about_to_sleep: 'About To Sleep',
    lost: 'Lost',
    hibernating: 'Hibernating',
    others: 'Others',
  },
  fa: {
    champions: 'قهرمانان',
    potential_loyalists: 'وفاداران بالقوه',
    loyal_customers: 'مشتریان وفادار',
    promising: 'امیدوارکننده',
    new_customers: 'مشتریان تازه',
    cant_lose: 'نباید از دستشان داد',
    at_risk: 'در معرض ریزش',
    need_attention: 'نیازمند توجه',
    about_to_sleep: 'رو به خواب',
    lost: 'ازدست‌رفته',
    hibernating: 'در خواب',
    others: 'سایر',
  },
  ar: {
    champions: 'الأبطال',
    potential_loyalists: 'أوفياء محتملون',
    loyal_customers: 'عملاء أوفياء',
    promising: 'واعدون',
    new_customers: 'عملاء جدد',
    cant_lose: 'لا يمكن خسارتهم',
    at_risk: 'معرّضون للخطر',
    need_attention: 'بحاجة إلى اهتمام',
    about_to_sleep: 'على وشك الخمول',
    lost: 'مفقودون',
    hibernating: 'خاملون',
    others: 'آخرون',
  },
  cy: {
    champions: 'Pencampwyr',
    potential_loyalists: 'Darpar ffyddloniaid',
    loyal_customers: 'Cwsmeriaid ffyddlon',
    promising: 'Addawol',
    new_customers: 'Cwsmeriaid newydd',
    cant_lose: 'Allwn ni ddim eu colli',
    at_risk: 'Mewn perygl',
    need_attention: 'Angen sylw',
    about_to_sleep: 'Ar fin cysgu',
    lost: 'Wedi’u colli',
    hibernating: 'Yn gaeafgysgu',
    others: 'Eraill',
  },
} as const satisfies Record<UiLanguage, Record<RfmNameKey, string>>;

/** The engine's names of the RFM segments (and the keys themselves) to the keys of their names. */
export const RFM_NAME_KEYS: Readonly<Record<string, RfmNameKey>> = {
  Champions: 'champions',
  champions: 'champions',
  'Potential Loyalist': 'potential_loyalists',
  potential_loyalists: 'potential_loyalists',
  'Loyal Customers': 'loyal_customers',
  loyal_customers: 'loyal_customers',
  Promising: 'promising',
  promising: 'promising',
  'New Customers': 'new_customers',
  new_customers: 'new_customers',
  "Can't Lose Them": 'cant_lose',
  cant_lose: 'cant_lose',
  'At Risk': 'at_risk',
  at_risk: 'at_risk',
  'Need Attention': 'need_attention',
  need_attention: 'need_attention',
  'About To Sleep': 'about_to_sleep',
  about_to_sleep: 'about_to_sleep',
  Lost: 'lost',
  hibernating: 'hibernating',
  Others: 'others',
};

/** An RFM segment's name in `lang`; a name the schemes do not give (a custom one) as it is. */
export function rfmNameIn(lang: UiLanguage, name: string): string {
  const key = Object.hasOwn(RFM_NAME_KEYS, name) ? RFM_NAME_KEYS[name] : undefined;
  return key ? RFM_NAMES[lang][key] : name;
}
