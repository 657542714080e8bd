/**
 * The label of an RFM segment in the UI language. The engine names segments in English (the classic
 * scheme "Champions", the R × F grid "champions"); the names of both named schemes are translated here,
 * while the names of a custom scheme are the user's own words and are shown as typed.
 */
import type { TFunction } from 'i18next';

type RfmNameKey =
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

/** Engine names (electron/core/rfm/schemes.ts) → catalog keys. */
const KEYS: Readonly<Record<string, RfmNameKey>> = {
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

export function rfmSegmentLabel(name: string, t: TFunction): string {
  const key = Object.hasOwn(KEYS, name) ? KEYS[name] : undefined;
  return key ? t(`rfmNames.${key}`) : name;
}

const RFM_PREFIX = 'RFM: ';

/** A compared segment's name: "RFM: Champions" (how Compare names an RFM segment) with the RFM part translated. */
export function comparedSegmentLabel(name: string, t: TFunction): string {
  return name.startsWith(RFM_PREFIX) ? `RFM: ${rfmSegmentLabel(name.slice(RFM_PREFIX.length), t)}` : name;
}
