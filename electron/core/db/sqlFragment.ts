/**
 * SQL text with its parameters kept alongside, so pieces compiled separately can be joined in any
 * order without positional `?` drifting from its value. Only `raw` puts text into SQL: it is for
 * fixed expressions and generated column names, never for values.
 */
export type SqlValue = number | string | null;

export interface Fragment {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

export function raw(text: string): Fragment {
  return { sql: text, params: [] };
}

function isFragment(part: Fragment | SqlValue): part is Fragment {
  return typeof part === 'object' && part !== null;
}

/** Interpolated fragments are spliced with their parameters; any other value becomes a `?`. */
export function sql(strings: TemplateStringsArray, ...parts: Array<Fragment | SqlValue>): Fragment {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  parts.forEach((part, i) => {
    if (isFragment(part)) {
      text += part.sql;
      params.push(...part.params);
    } else {
      text += '?';
      params.push(part);
    }
    text += strings[i + 1] ?? '';
  });
  return { sql: text, params };
}

/**
 * Joins with AND / OR as a balanced tree: SQLite limits expression depth (1000), and a flat
 * chain of n terms is n deep, a balanced one log2(n).
 */
export function balanced(parts: readonly Fragment[], operator: 'AND' | 'OR'): Fragment {
  if (parts.length === 1) return parts[0] as Fragment;
  const mid = Math.ceil(parts.length / 2);
  const left = balanced(parts.slice(0, mid), operator);
  const right = balanced(parts.slice(mid), operator);
  return { sql: `(${left.sql} ${operator} ${right.sql})`, params: [...left.params, ...right.params] };
}

/** Joins with a separator (e.g. ', ' for a select list). */
export function joinFragments(parts: readonly Fragment[], separator: string): Fragment {
  return { sql: parts.map((p) => p.sql).join(separator), params: parts.flatMap((p) => p.params) };
}
