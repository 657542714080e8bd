/**
 * An import reason in any of the four languages, from its parts (keys and values of the shared catalog,
 * importReasons.ts). The engine builds its English sentence with `inEnglish`, and the app and the CLI word
 * the same parts in the user's language, each with its own digits (`formatNumber`).
 */
import type { UiLanguage } from '../languages.js';
import {
  IMPORT_REASONS,
  type ImportReasonKey,
  type PluralText,
  type PresetId,
  type WooStatus,
} from './importReasons.js';

/**
 * A value of a part: text as it is (a header, a value from the file), a number in the language's digits,
 * headers to quote and list, or parts that are themselves listed ('items', ', ') or clauses ('; ').
 * A value named `preset` is a preset's id and `status` a WooCommerce status: both are worded.
 */
export type ReasonValue =
  | string
  | number
  | { headers: readonly string[] }
  | { items: readonly ReasonPart[] }
  | { clauses: readonly ReasonPart[] };

export interface ReasonPart {
  key: ImportReasonKey;
  values?: Readonly<Record<string, ReasonValue>>;
}

/** A reason: its parts joined as clauses ('; '), ending in a full stop when `stop`. */
export interface ReasonWording {
  parts: readonly ReasonPart[];
  stop?: boolean;
}

export type FormatNumber = (value: number) => string;

interface Punctuation {
  open: string;
  close: string;
  items: string;
  clauses: string;
}
const LATIN: Punctuation = { open: '"', close: '"', items: ', ', clauses: '; ' };
// Persian and Arabic writers quote with guillemets and separate with their own comma and semicolon.
const ARABIC_SCRIPT: Punctuation = { open: '«', close: '»', items: '، ', clauses: '؛ ' };
const PUNCTUATION: Record<UiLanguage, Punctuation> = { en: LATIN, cy: LATIN, fa: ARABIC_SCRIPT, ar: ARABIC_SCRIPT };

export function reasonText(lang: UiLanguage, wording: ReasonWording, formatNumber: FormatNumber): string {
  const text = wording.parts.map((part) => partText(lang, part, formatNumber)).join(PUNCTUATION[lang].clauses);
  return wording.stop ? `${text}.` : text;
}

/** The engine's own sentence: English, numbers grouped as en-US writes them. */
export function inEnglish(wording: ReasonWording): string {
  return reasonText('en', wording, (value) => value.toLocaleString('en-US'));
}

/** A preset id as the engine sends it among a wording's values (preset_misfit's preset_id). */
export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && Object.hasOwn(IMPORT_REASONS.en.presets, value);
}

export function presetName(lang: UiLanguage, id: PresetId): string {
  return IMPORT_REASONS[lang].presets[id];
}

function partText(lang: UiLanguage, part: ReasonPart, formatNumber: FormatNumber): string {
  const values = part.values ?? {};
  const entry = IMPORT_REASONS[lang].reasons[part.key];
  const template = typeof entry === 'string' ? entry : pluralForm(lang, entry, values.count);
  return fill(template, (name) => {
    const value = values[name];
    if (value === undefined) return undefined;
    return valueText(lang, name, value, formatNumber);
  });
}

function valueText(lang: UiLanguage, name: string, value: ReasonValue, formatNumber: FormatNumber): string {
  const marks = PUNCTUATION[lang];
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    const catalog = IMPORT_REASONS[lang];
    if (name === 'preset' && Object.hasOwn(catalog.presets, value)) return catalog.presets[value as PresetId];
    if (name === 'status' && Object.hasOwn(catalog.statuses, value)) return catalog.statuses[value as WooStatus];
    return value;
  }
  if ('headers' in value) return value.headers.map((h) => `${marks.open}${h}${marks.close}`).join(marks.items);
  if ('items' in value) return value.items.map((p) => partText(lang, p, formatNumber)).join(marks.items);
  return value.clauses.map((p) => partText(lang, p, formatNumber)).join(marks.clauses);
}

function pluralForm(lang: UiLanguage, entry: PluralText, count: ReasonValue | undefined): string {
  const form = new Intl.PluralRules(lang).select(typeof count === 'number' ? count : 0);
  return (entry as unknown as Record<string, string | undefined>)[form] ?? entry.other;
}

function fill(template: string, textOf: (name: string) => string | undefined): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => textOf(name) ?? whole);
}
