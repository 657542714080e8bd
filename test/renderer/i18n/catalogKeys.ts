/** Helpers of the catalog test: flat keys, plural bases and placeholders of i18next resources. */

export interface Catalog {
  readonly [key: string]: string | Catalog;
}

/** { a: { b: 'x' } } → { 'a.b': 'x' } */
export function flatten(catalog: Catalog, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** 'data.count_one' → 'data.count'; null for a key that is not a plural form. */
export function pluralBase(key: string): string | null {
  return PLURAL.test(key) ? key.replace(PLURAL, '') : null;
}

/** The names of the {{placeholders}} of a string. */
export function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] as string));
}
