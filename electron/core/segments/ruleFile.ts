/**
 * Rule files of the CLI (`--rule FILE.json`): read and checked with the Rule schema. A bad file
 * gets one message naming the file, the problem and where in the JSON it is ($.and[1].op).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors.js';
import {
  Condition,
  MAX_RULE_DEPTH,
  OrdersMeasure,
  OrdersOp,
  RULE_DEPTH_MESSAGE,
  Rule,
  ruleDepth,
} from '../../../shared/model/rules.js';

type JsonPath = ReadonlyArray<string | number>;

interface Problem {
  at: JsonPath;
  message: string;
}

const KINDS = ['and', 'or', 'not', 'field', 'orders', 'segment'] as const;
const SHAPES =
  '{"and": [...]}, {"or": [...]}, {"not": ...}, {"field", "op", "value"}, {"orders": ...} or {"segment": id}';

const OrdersShape = z
  .object({
    orders: z.object({ where: z.unknown().optional(), within_last_days: z.number().int().min(0).optional() }).strict(),
    measure: OrdersMeasure,
    op: OrdersOp,
    value: z.number(),
  })
  .strict();
const SegmentShape = z.object({ segment: z.number().int().min(1) }).strict();

export function readRuleFile(file: string): Rule {
  const name = path.basename(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new WorkbenchError('FILE_NOT_FOUND', `${name} was not found.`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new WorkbenchError('INVALID_PARAMS', `${name} is not valid JSON: ${(error as Error).message}`, { file });
  }
  // Before explain(), which follows the rule recursively.
  if (ruleDepth(json) > MAX_RULE_DEPTH) {
    throw new WorkbenchError('INVALID_PARAMS', `${name}: ${RULE_DEPTH_MESSAGE} (at $).`, { file, path: '$' });
  }
  const parsed = Rule.safeParse(json);
  if (parsed.success) return parsed.data;
  const problem = explain(json, []) ?? { at: [], message: 'not a valid rule' };
  throw new WorkbenchError('INVALID_PARAMS', `${name}: ${problem.message} (at ${jsonPath(problem.at)}).`, {
    file,
    path: jsonPath(problem.at),
  });
}

function jsonPath(at: JsonPath): string {
  return `$${at.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
}

/** Finds the first problem by following the rule's own shape, so the message points at the node. */
function explain(node: unknown, at: JsonPath): Problem | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    return { at, message: `expected a rule: ${SHAPES}` };
  }
  const record = node as Record<string, unknown>;
  const kind = KINDS.find((k) => k in record);
  if (!kind) {
    const found = Object.keys(record).join(', ') || 'no keys';
    return { at, message: `expected a rule with one of the keys ${KINDS.join(', ')} (found ${found})` };
  }
  if (kind === 'and' || kind === 'or' || kind === 'not') {
    const extra = Object.keys(record).find((k) => k !== kind);
    if (extra) return { at: [...at, extra], message: `unexpected key "${extra}" next to "${kind}"` };
    if (kind === 'not') return explain(record.not, [...at, 'not']);
    const list = record[kind];
    if (!Array.isArray(list)) return { at: [...at, kind], message: 'expected a list of rules' };
    for (const [i, child] of list.entries()) {
      const problem = explain(child, [...at, kind, i]);
      if (problem) return problem;
    }
    return null;
  }
  if (kind === 'orders') {
    const where = (record.orders as { where?: unknown } | null)?.where;
    if (where !== undefined) {
      const problem = explain(where, [...at, 'orders', 'where']);
      if (problem) return problem;
    }
    return fromZod(OrdersShape.safeParse(node).error, at);
  }
  const schema = kind === 'field' ? Condition : SegmentShape;
  return fromZod(schema.safeParse(node).error, at);
}

function fromZod(error: z.ZodError | undefined, at: JsonPath): Problem | null {
  const issue = error?.issues[0];
  if (!issue) return null;
  const where = [...at, ...(issue.path as Array<string | number>)];
  if (issue.code === 'invalid_union' && issue.path[issue.path.length - 1] === 'value') {
    return {
      at: where,
      message:
        'the value does not fit: use a number, a text, a list of texts, [low, high] or two dates ["YYYY-MM-DD", "YYYY-MM-DD"]',
    };
  }
  return { at: where, message: issue.message };
}

/**
 * The JSON path ($.and[0].orders.where) of a node given by its rule path ("0.where", as errors
 * of the compiler name nodes), so a CLI user finds it in the file.
 */
export function locateInRule(rule: Rule, rulePath: string): string {
  const at: Array<string | number> = [];
  let node: unknown = rule;
  for (const step of rulePath === '' ? [] : rulePath.split('.')) {
    const record = (node ?? {}) as Record<string, unknown>;
    if (step === 'where') {
      at.push('orders', 'where');
      node = (record.orders as { where?: unknown } | undefined)?.where;
    } else if ('not' in record) {
      at.push('not');
      node = record.not;
    } else {
      const kind = 'and' in record ? 'and' : 'or';
      at.push(kind, Number(step));
      node = (record[kind] as unknown[] | undefined)?.[Number(step)];
    }
  }
  return jsonPath(at);
}
