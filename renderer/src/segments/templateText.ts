/**
 * A gallery template in the user's language: its name, description and (when disabled) the reason,
 * from the catalog keys and values the engine gives (TemplateWords). A key this version lacks (a
 * newer engine's template) falls back to the engine's English words.
 */
import type { TFunction } from 'i18next';
import type { SegmentTemplate } from '../../../shared/api.js';
import { formatTextList } from '../format.js';

export interface TemplateText {
  name: string;
  description: string;
  reason: string | null;
}

const STAGE_KEYS: Readonly<Record<string, string>> = {
  visitor: 'visitor',
  engaged: 'engaged',
  carted: 'carted',
  buyer: 'buyer',
  'repeat buyer': 'repeatBuyer',
};

export function templateText(template: SegmentTemplate, t: TFunction, lang: string): TemplateText {
  const { words } = template;
  const values: Record<string, string | number> = { ...words.values };
  if (words.label) values.label = t(`templates.labels.${words.label}`, { defaultValue: words.label });
  if (typeof values.stage === 'string') {
    const key = STAGE_KEYS[values.stage];
    if (key) values.stage = t(`templates.stages.${key}`, { defaultValue: values.stage });
  }
  if (typeof values.fields === 'string') values.fields = formatTextList(values.fields.split('\t'), lang, 'disjunction');
  const say = (group: string, key: string, english: string) =>
    t(`templates.${group}.${key}`, { ...values, defaultValue: english });
  return {
    name: say('names', words.name, template.name),
    description: say('descriptions', words.description, template.description),
    reason: words.reason === null ? template.reason : say('reasons', words.reason, template.reason ?? ''),
  };
}
