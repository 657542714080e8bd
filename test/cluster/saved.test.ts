/**
 * Saved clusterings on the Mall customers: the `cluster` field names their clusters in rules,
 * compiled in SQL and evaluated by the reference evaluator alike; re-saving replaces; deleting a
 * clustering a segment uses is refused; cluster/rule's precision and recall are the compiler's counts.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterRule } from '../../electron/core/cluster/clusterRule.js';
import { runClustering } from '../../electron/core/cluster/run.js';
import { deleteClustering, listSavedClusterings, saveClustering } from '../../electron/core/cluster/saved.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import { memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { listFields } from '../../electron/core/segments/fieldList.js';
import { fieldProfile } from '../../electron/core/segments/profile.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';
import { insertSegment } from '../segments/project.js';
import { importFile, newSession, sharedData, tempDir } from '../support/session.js';

const PARAMS = { fields: ['Annual Income (k$)', 'Spending Score (1-100)'], k: 5, seed: 1 };
const MALL_SIZES = [81, 39, 35, 23, 22];

describe('saved clusterings on Mall_Customers', () => {
  let session: Session;
  let db: Db;
  beforeAll(async () => {
    const dir = tempDir();
    session = newSession(dir);
    session.create(path.join(dir, 'mall.segwb'));
    await importFile(session, sharedData('Mall_Customers.csv'), { kind: 'customers' });
    db = session.requireProject().db;
  });

  it('keeps each customer cluster under the name; rules select the members, in SQL and in the evaluator', () => {
    expect(listFields(db).some((f) => f.key === 'cluster')).toBe(false);
    const saved = saveClustering(db, runClustering(db, PARAMS), PARAMS, 'Mall');
    expect(saved.replaced).toBe(false);
    expect(saved.clusters.map((c) => [c.cluster, c.customers, c.value])).toEqual(
      MALL_SIZES.map((size, i) => [i + 1, size, `Mall · ${i + 1}`]),
    );
    expect(listFields(db).find((f) => f.key === 'cluster')).toMatchObject({ type: 'category', source: 'customers' });
    const data = loadProjectData(db);
    const both = (rule: Rule) => {
      const ids = memberIds(db, rule);
      expect([...evaluateRule(data, rule)].sort((a, b) => a - b)).toEqual(ids);
      return ids.length;
    };
    expect(both({ field: 'cluster', op: 'in', value: ['Mall · 1'] })).toBe(81);
    expect(both({ field: 'cluster', op: 'in', value: ['Mall · 2', 'Mall · 5', 'Nowhere · 1'] })).toBe(39 + 22);
    expect(both({ field: 'cluster', op: 'not_in', value: ['Mall · 1'] })).toBe(200 - 81);
    expect(both({ field: 'cluster', op: 'not_empty' })).toBe(200);
    expect(both({ field: 'cluster', op: 'is_empty' })).toBe(0);
    expect(both({ field: 'cluster', op: 'starts_with', value: 'mall · 3' })).toBe(35);
    expect(both({ not: { field: 'cluster', op: 'in', value: ['Mall · 4'] } })).toBe(200 - 23);
    const profile = fieldProfile(db, { key: 'cluster', source: 'customers' });
    expect(profile.values.slice(0, 2)).toEqual([
      { value: 'Mall · 1', count: 81 },
      { value: 'Mall · 2', count: 39 },
    ]);
  });

  it('gives a second clustering its own values; re-saving under a name replaces it', () => {
    const three = { ...PARAMS, k: 3 };
    saveClustering(db, runClustering(db, three), three, 'Three');
    const data = loadProjectData(db);
    const rule: Rule = { field: 'cluster', op: 'not_in', value: ['Mall · 1', 'Three · 1'] };
    expect([...evaluateRule(data, rule)].sort((a, b) => a - b)).toEqual(memberIds(db, rule));
    const again = saveClustering(db, runClustering(db, { ...three, k: 2 }), { ...three, k: 2 }, 'Three');
    expect(again.replaced).toBe(true);
    expect(again.k).toBe(2);
    expect(listSavedClusterings(db).map((c) => [c.name, c.k])).toEqual([
      ['Mall', 5],
      ['Three', 2],
    ]);
    expect(memberIds(db, { field: 'cluster', op: 'in', value: ['Three · 3'] })).toEqual([]);
  });

  it('refuses to delete a clustering a segment uses, and deletes it once unused', () => {
    const id = insertSegment(session, 'Big spenders', {
      and: [{ field: 'cluster', op: 'in', value: ['Three · 2'] }],
    });
    expect(() => deleteClustering(db, 'Three')).toThrow(
      'The clustering "Three" is used by the segment "Big spenders" (a "cluster" condition). Remove it from that rule first.',
    );
    db.prepare('DELETE FROM segments WHERE id = ?').run(id);
    expect(deleteClustering(db, 'Three').name).toBe('Three');
    expect(listSavedClusterings(db).map((c) => c.name)).toEqual(['Mall']);
    expect(() => deleteClustering(db, 'Three')).toThrow('There is no saved clustering "Three".');
  });

  it('turns a cluster into a rule whose precision and recall are what the compiler counts', () => {
    const r = clusterRule(db, { ...PARAMS, cluster: 2 });
    const members = new Set(memberIds(db, { field: 'cluster', op: 'in', value: ['Mall · 2'] }));
    const selected = memberIds(db, r.rule);
    const hits = selected.filter((id) => members.has(id)).length;
    expect(r.members).toBe(39);
    expect(r.selected).toBe(selected.length);
    expect(r.true_positives).toBe(hits);
    expect(r.precision).toBe(Math.round((hits / selected.length) * 1e6) / 1e6);
    expect(r.recall).toBe(Math.round((hits / 39) * 1e6) / 1e6);
    expect(r.depth).toBeLessThanOrEqual(3);
    expect(r.precision).toBeGreaterThan(0.9);
    expect(r.recall).toBeGreaterThan(0.9);
  });
});
