/**
 * The differential check of the warehouse SQL (see differential.test.ts): random rules and RFM
 * scores on the project, the reference evaluator, and DuckDB, SQLite and (when given) PostgreSQL
 * loaded from the project's warehouse export must select exactly the same customers.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { readAsOf } from '../../electron/core/metrics/asOf.js';
import { computeRfm } from '../../electron/core/rfm/compute.js';
import { allCustomerRows } from '../../electron/core/rfm/result.js';
import { projectRfmModel } from '../../electron/core/rfm/ruleFields.js';
import { resolveSettings } from '../../electron/core/rfm/settings.js';
import { countRule, memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { saveMemberList } from '../../electron/core/segments/fixedList.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import type { Session } from '../../electron/core/session.js';
import type { Dialect } from '../../electron/core/warehouse/dialect.js';
import { rfmSql } from '../../electron/core/warehouse/rfmSql.js';
import { WarehouseRuleEmitter } from '../../electron/core/warehouse/ruleSql.js';
import type { Rule } from '../../shared/model/rules.js';
import { insertSegment } from '../segments/project.js';
import {
  type FieldSample,
  readVocabulary,
  ruleArbitrary,
  type Vocabulary,
} from '../segments/property/ruleArbitrary.js';
import type { TestPostgres } from '../support/postgres.js';
import { tempDir } from '../support/session.js';
import { duckdbEngine, postgresEngine, sqliteEngine, type WarehouseEngine } from './engines.js';

const SEED = Number(process.env.SEGWB_PROPERTY_SEED ?? 20_261_206);
const RULES = 1_000;
/** Fields kept only in the project file. */
const NOT_IN_WAREHOUSE = new Set(['cluster', 'p_alive', 'expected_purchases', 'clv']);

/**
 * The generator's vocabulary without the fields the warehouse SQL refuses, with the RFM rule
 * fields (scores 1..bins and the scheme's segment names of the project's settings).
 */
function warehouseVocabulary(db: Db): Vocabulary {
  const v = readVocabulary(db, readAsOf(db).day as number);
  const model = projectRfmModel(db);
  const scores = Array.from({ length: model.settings.bins }, (_, i) => i + 1);
  const rfm: FieldSample[] = [
    { key: 'r_score', type: 'number', values: scores },
    { key: 'f_score', type: 'number', values: scores },
    { key: 'm_score', type: 'number', values: scores },
    { key: 'rfm_segment', type: 'category', values: [...model.table.names] },
  ];
  return { ...v, customerFields: [...v.customerFields.filter((f) => !NOT_IN_WAREHOUSE.has(f.key)), ...rfm] };
}

/** Saved segments for references: random ones, one over the others, one holding a fixed list. */
function saveSegments(session: Session, v: Vocabulary): number[] {
  const db = session.requireProject().db;
  const plain = fc.sample(ruleArbitrary(v, [], 3), { seed: SEED, numRuns: 3 });
  const ids = plain.map((rule, i) => insertSegment(session, `Saved ${i + 1}`, rule));
  ids.push(
    insertSegment(session, 'Either', { or: [{ segment: ids[0] as number }, { not: { segment: ids[1] as number } }] }),
  );
  const some = db.prepare('SELECT id FROM customers WHERE id % 7 = 3').pluck().all() as number[];
  ids.push(insertSegment(session, 'Listed', saveMemberList(db, some, 'changes', '2026-01-01')));
  return ids;
}

export async function differential(
  session: Session,
  name: string,
  server: TestPostgres | null,
  skipRule: (rule: Rule) => boolean = () => false,
): Promise<void> {
  const db = session.requireProject().db;
  const v0 = warehouseVocabulary(db);
  const segmentIds = saveSegments(session, v0);
  const rules = fc.sample(ruleArbitrary(v0, segmentIds), { seed: SEED, numRuns: RULES }).filter((r) => !skipRule(r));
  const keyOf = new Map(
    (db.prepare('SELECT id, customer_key FROM customers').all() as Array<{ id: number; customer_key: string }>).map(
      (r) => [r.id, r.customer_key],
    ),
  );
  const keys = (ids: Iterable<number>) => [...ids].map((id) => keyOf.get(id) as string).sort();
  const data = loadProjectData(db);
  const expected = rules.map((rule) => keys(memberIds(db, rule)));
  const queries = (dialect: Dialect) => {
    const emitter = new WarehouseRuleEmitter(db, { dialect });
    return rules.map((rule) => {
      const where = emitter.expression(rule);
      return `SELECT c.customer_id FROM ${emitter.from()} WHERE ${where}`;
    });
  };
  // The reference evaluator and countRule against the project's members.
  rules.forEach((rule, i) => {
    expect(keys(evaluateRule(data, rule)), `evaluator, rule ${JSON.stringify(rule)}`).toEqual(expected[i]);
  });
  for (let i = 0; i < rules.length; i += 10) {
    expect(countRule(db, rules[i] as Rule).customers).toBe((expected[i] as string[]).length);
  }
  const folder = tempDir();
  const engines: WarehouseEngine[] = [await duckdbEngine(db, path.join(mk(folder, 'duckdb'))), await sqliteEngine(db)];
  if (server) engines.push(await postgresEngine(db, mk(folder, 'postgres'), server, name));
  try {
    for (const engine of engines) await sameRfm(db, engine);
    for (const engine of engines) {
      const got = await engine.members(queries(engine.dialect));
      const bad = got.findIndex((members, i) => JSON.stringify(members) !== JSON.stringify(expected[i]));
      if (bad >= 0) {
        const want = new Set(expected[bad]);
        const have = new Set(got[bad]);
        const extra = [...have].filter((k) => !want.has(k)).slice(0, 10);
        const missing = [...want].filter((k) => !have.has(k)).slice(0, 10);
        throw new Error(
          `${engine.dialect} disagrees with the project on rule ${bad}: ${JSON.stringify(rules[bad])}\n` +
            `  extra customers: ${JSON.stringify(extra)}\n  missing customers: ${JSON.stringify(missing)}\n` +
            `  SQL: ${queries(engine.dialect)[bad]}`,
        );
      }
    }
  } finally {
    for (const engine of engines) await engine.close();
  }
  // The rules discriminate: many select some customers but not all.
  const some = expected.filter((m) => m.length > 0 && m.length < keyOf.size).length;
  expect(some).toBeGreaterThan(rules.length * 0.2);
}

/** RFM scores and segments of every scored customer, for three settings. */
async function sameRfm(db: Db, engine: WarehouseEngine): Promise<void> {
  const asOf = readAsOf(db).day;
  for (const input of [
    { bins: 5, scheme: 'rfm-classic' },
    { bins: 3, scheme: 'rfm-classic' },
    { bins: 5, scheme: 'rf-grid' },
  ] as const) {
    const c = computeRfm(db, input);
    const expected = allCustomerRows(db, c)
      .map((x) => [x.customer_id, x.r, x.f, x.m, x.segment].join('|'))
      .sort();
    const got = (await engine.rows(rfmSql(engine.dialect, resolveSettings(input), asOf))).sort();
    const differs = got.findIndex((row, i) => row !== expected[i]);
    expect(
      { length: got.length, first: got[differs] ?? null },
      `${engine.dialect} RFM ${JSON.stringify(input)}; the project says ${expected[differs]}`,
    ).toEqual({ length: expected.length, first: null });
  }
}

function mk(root: string, name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
