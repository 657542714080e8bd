/**
 * The label of an RFM segment in the UI language. The engine names segments in English (the classic
 * scheme "Champions", the R × F grid "champions"); the names of both named schemes are translated here,
 * while the names of a custom scheme are the user's own words and are shown as typed.
 */
import type { TFunction } from 'i18next';
import { RFM_NAME_KEYS as KEYS } from '../../../shared/i18n/rfmNames.js';

export function rfmSegmentLabel(name: string, t: TFunction): string {
  const key = Object.hasOwn(KEYS, name) ? KEYS[name] : undefined;
  return key ? t(`rfmNames.${key}`) : name;
}

const RFM_PREFIX = 'RFM: ';

/** A compared segment's name: "RFM: Champions" (how Compare names an RFM segment) with the RFM part translated. */
export function comparedSegmentLabel(name: string, t: TFunction): string {
  return name.startsWith(RFM_PREFIX) ? `RFM: ${rfmSegmentLabel(name.slice(RFM_PREFIX.length), t)}` : name;
}
