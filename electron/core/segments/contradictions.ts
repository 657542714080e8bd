/**
 * Whether several conditions on ONE field, all required (siblings in an AND group), can never
 * hold together: x > 5 and x < 3, is_true and is_false, in [A] and in [B]... Conservative: values
 * are treated as real numbers (and dates as continuous time), so only true impossibilities count.
 */
import { type Condition, foldText } from '../../../shared/model/rules.js';
import { isoToDay } from '../metrics/days.js';

/** An interval on the number line with optional point constraints. */
interface Axis {
  lo: number;
  loIn: boolean;
  hi: number;
  hiIn: boolean;
  eq: number[];
  ne: number[];
}

const openAxis = (): Axis => ({ lo: -Infinity, loIn: false, hi: Infinity, hiIn: false, eq: [], ne: [] });

function raiseLo(a: Axis, value: number, inclusive: boolean): void {
  if (value > a.lo || (value === a.lo && !inclusive)) {
    a.lo = value;
    a.loIn = inclusive;
  }
}

function lowerHi(a: Axis, value: number, inclusive: boolean): void {
  if (value < a.hi || (value === a.hi && !inclusive)) {
    a.hi = value;
    a.hiIn = inclusive;
  }
}

function axisIsEmpty(a: Axis): boolean {
  if (a.lo > a.hi || (a.lo === a.hi && !(a.loIn && a.hiIn))) return true;
  const inside = (v: number) => (v > a.lo || (v === a.lo && a.loIn)) && (v < a.hi || (v === a.hi && a.hiIn));
  const [first, ...rest] = a.eq;
  if (first !== undefined) return rest.some((v) => v !== first) || !inside(first) || a.ne.includes(first);
  return a.lo === a.hi && a.ne.includes(a.lo);
}

function day(iso: unknown): number | null {
  if (typeof iso !== 'string') return null;
  try {
    return isoToDay(iso);
  } catch {
    return null;
  }
}

/** Applies a number or absolute-date condition to the axis; false when it is not one. */
function applyToAxis(a: Axis, c: Condition): boolean {
  const { op, value } = c;
  if (typeof value === 'number') {
    if (op === '=') a.eq.push(value);
    else if (op === '!=') a.ne.push(value);
    else if (op === '>' || op === '>=') raiseLo(a, value, op === '>=');
    else if (op === '<' || op === '<=') lowerHi(a, value, op === '<=');
    else return false;
    return true;
  }
  if (op === 'between' && Array.isArray(value) && value.length === 2) {
    const [lo, hi] = typeof value[0] === 'number' ? (value as number[]) : [day(value[0]), day(value[1])];
    if (typeof lo !== 'number' || typeof hi !== 'number') return false;
    raiseLo(a, lo, true);
    lowerHi(a, hi, true);
    return true;
  }
  const d = day(value);
  if (d === null) return false;
  if (op === 'before') lowerHi(a, d, false);
  else if (op === 'after') raiseLo(a, d, false);
  else return false;
  return true;
}

/** True when no value of the field satisfies all of these conditions at once. */
export function contradict(conditions: readonly Condition[]): boolean {
  const ops = new Set(conditions.map((c) => c.op));
  // A comparison with an empty value is false, so is_empty excludes every other condition.
  if (ops.has('is_empty') && conditions.some((c) => c.op !== 'is_empty')) return true;
  if (ops.has('is_true') && ops.has('is_false')) return true;

  const axis = openAxis();
  let onAxis = false;
  // Days before the as-of date: within N is ago <= N, not within M is ago > M.
  const ago = openAxis();
  let onAgo = false;
  let allowed: Set<string> | null = null;
  const excluded = new Set<string>();
  const equals = new Set<string>();
  const prefixes: string[] = [];
  const parts: string[] = [];

  for (const c of conditions) {
    const { op, value } = c;
    if (op === 'within_last_days' && typeof value === 'number') {
      lowerHi(ago, value, true);
      onAgo = true;
    } else if (op === 'not_within_last_days' && typeof value === 'number') {
      raiseLo(ago, value, false);
      onAgo = true;
    } else if ((op === 'in' || op === 'not_in') && Array.isArray(value)) {
      const list = (value as unknown[]).filter((v): v is string => typeof v === 'string');
      if (op === 'not_in') for (const v of list) excluded.add(v);
      else allowed = new Set(allowed === null ? list : list.filter((v) => allowed?.has(v)));
    } else if (typeof value === 'string' && (op === 'equals' || op === 'starts_with' || op === 'contains')) {
      const folded = foldText(value);
      if (op === 'equals') equals.add(folded);
      else if (op === 'starts_with') prefixes.push(folded);
      else parts.push(folded);
    } else if (applyToAxis(axis, c)) onAxis = true;
  }

  if (onAxis && axisIsEmpty(axis)) return true;
  if (onAgo && axisIsEmpty(ago)) return true;
  if (allowed !== null && [...(allowed as Set<string>)].every((v) => excluded.has(v))) return true;
  if (equals.size > 1) return true;
  if (prefixes.some((p) => prefixes.some((q) => !p.startsWith(q) && !q.startsWith(p)))) return true;
  const [text] = [...equals];
  if (text !== undefined) {
    if (prefixes.some((p) => !text.startsWith(p)) || parts.some((p) => !text.includes(p))) return true;
  }
  return false;
}
