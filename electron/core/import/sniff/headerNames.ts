/**
 * The roles column names suggest (vocabulary in headerVocabulary.ts). Names are compared after
 * normalisation, so "CustomerID", "customer_id" and "Customer ID" are one name,
 * as are "كد مشتري" and "کد مشتری" (Arabic and Persian letter variants).
 */
import type { DatasetKind, Role } from '../../../../shared/model/roles.js';
import { KIND_NAMES, QUALIFIABLE, ROLE_NAMES, WORDS } from './headerVocabulary.js';

/** Lower case, accents and Arabic vowel marks dropped, camelCase split, "#" read as "no", single spaces. */
export function normaliseHeader(header: string): string {
  // "XMLHttp" -> "XML Http" with lookarounds, not "([A-Z]+)([A-Z][a-z])": that one backtracks
  // through every capital of a long run, which made a 1 MB header take minutes. A plural acronym
  // stays one word: "CDs", "SKUs".
  return header
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/(?<=[A-Z])(?=[A-Z][a-z])(?![A-Z]s(?![a-z]))/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .toLowerCase()
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/#/g, ' no ') // "Order #"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => (word.length >= 4 && word.startsWith('ال') ? word.slice(2) : word)) // Arabic article
    .join(' ');
}

const CUSTOMER_WORDS = wordSet(WORDS.customer);
const ORDER_WORDS = wordSet(WORDS.order);
const ID_WORDS = wordSet(WORDS.id);
const DATE_WORDS = wordSet(WORDS.date);
const QUALIFIERS = wordSet(WORDS.qualifier);
const ID_LIKE_EXTRA = wordSet(WORDS.idLike);

export interface HeaderMatch {
  role: Role;
  /** 3: the name itself; 2: entity + id/date word; 1: a qualified name ("customer city"). */
  strength: 1 | 2 | 3;
  /** Only in files of this kind. */
  kind?: DatasetKind;
}

const EXACT = new Map<string, Role>();
for (const [role, names] of Object.entries(ROLE_NAMES) as Array<[Role, readonly string[]]>) {
  for (const name of names) EXACT.set(normaliseHeader(name), role);
}
const EXACT_BY_KIND = new Map<string, Array<{ role: Role; kind: DatasetKind }>>();
for (const { names, role, kind } of KIND_NAMES) {
  for (const name of names) {
    const key = normaliseHeader(name);
    EXACT_BY_KIND.set(key, [...(EXACT_BY_KIND.get(key) ?? []), { role, kind }]);
  }
}

/** Roles a column name suggests, strongest first (empty when it suggests none). */
export function matchHeader(header: string): HeaderMatch[] {
  const key = normaliseHeader(header);
  const exact = EXACT.get(key);
  if (exact) return [{ role: exact, strength: 3 }];
  const byKind = EXACT_BY_KIND.get(key);
  if (byKind) return byKind.map(({ role, kind }) => ({ role, strength: 3, kind }));
  const tokens = key.split(' ');
  const pattern = entityPattern(tokens);
  if (pattern) return [{ role: pattern, strength: 2 }];
  const qualified = withoutQualifier(tokens);
  return qualified ? [{ role: qualified, strength: 1 }] : [];
}

function entityPattern(tokens: readonly string[]): Role | null {
  if (tokens.length === 2) {
    const [a, b] = tokens as [string, string];
    const pair = (x: ReadonlySet<string>, y: ReadonlySet<string>) => (x.has(a) && y.has(b)) || (x.has(b) && y.has(a));
    if (pair(CUSTOMER_WORDS, ID_WORDS)) return 'customer_id';
    if (pair(ORDER_WORDS, ID_WORDS)) return 'order_id';
  }
  if (tokens.length <= 3 && tokens.some((t) => ORDER_WORDS.has(t)) && tokens.some((t) => DATE_WORDS.has(t))) {
    return 'order_date';
  }
  return null;
}

function withoutQualifier(tokens: readonly string[]): Role | null {
  if (tokens.length < 2) return null;
  const rests: string[] = [];
  if (QUALIFIERS.has(tokens[0] as string)) rests.push(tokens.slice(1).join(' '));
  if (QUALIFIERS.has(tokens[tokens.length - 1] as string)) rests.push(tokens.slice(0, -1).join(' '));
  for (const rest of rests) {
    const role = EXACT.get(rest);
    if (role && QUALIFIABLE.has(role)) return role;
  }
  return null;
}

/** The name says the column identifies something ("CustomerID", "InvoiceNo", "StockCode", "کد مشتری"). */
export function isIdLikeHeader(header: string): boolean {
  const tokens = normaliseHeader(header).split(' ');
  const first = tokens[0] as string;
  const last = tokens[tokens.length - 1] as string;
  if (tokens.length === 1) return ID_WORDS.has(first) || ID_LIKE_EXTRA.has(first);
  // English puts the id word last ("customer id"); Persian, Arabic and Welsh first ("rhif cwsmer").
  return (
    ID_WORDS.has(last) || ID_LIKE_EXTRA.has(last) || (ID_WORDS.has(first) && !/^[a-z]/.test(first)) || first === 'rhif'
  );
}

/** The name speaks of a date or a time ("InvoiceDate", "Dt_Customer", "signup time", "تاریخ"). */
export function isDateLikeHeader(header: string): boolean {
  return normaliseHeader(header)
    .split(' ')
    .some((word) => DATE_WORDS.has(word));
}

function wordSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map(normaliseHeader));
}
