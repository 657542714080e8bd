/**
 * Clusterings kept in the project under a name (cluster/save): how they were made, each
 * customer's cluster and each cluster's suggested name. Rules reach them through the `cluster`
 * field ("<name> · <cluster>", segments/clusterField.ts), so "the members as they are" is the
 * rule `{field: "cluster", op: "in", value: ["<name> · 3"]}`. Saving under a name in use replaces
 * that clustering (the result says so); a clustering a segment's rule names cannot be deleted.
 */
import type { ClusterParams, SavedClustering } from '../../../shared/contract/cluster.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { clusterValue, ruleUsesClustering } from '../segments/clusterField.js';
import { storedSegments } from '../segments/store.js';
import { clusterOrder } from './profile.js';
import type { ClusterRun } from './run.js';

/** What saving needs of a run: its result, the customers clustered and each one's cluster (a worker sends only these). */
export interface ClusterRunToSave {
  result: ClusterRun['result'];
  data: Pick<ClusterRun['data'], 'ids' | 'n'>;
  fit: Pick<ClusterRun['fit'], 'k' | 'labels'>;
}

const MAX_NAME = 200;

export function checkClusteringName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME) {
    throw new WorkbenchError('INVALID_PARAMS', `A saved clustering needs a name of 1 to ${MAX_NAME} characters.`, {
      name,
    });
  }
  return trimmed;
}

/** Keeps the run under `name` (replacing a clustering of that name) in one transaction. */
export function saveClustering(db: Db, run: ClusterRunToSave, params: ClusterParams, name: string): SavedClustering {
  const checked = checkClusteringName(name);
  const { result, data, fit } = run;
  const { order } = clusterOrder(fit);
  const replaced = db.transaction(() => {
    const old = db.prepare('SELECT id FROM clusterings WHERE name = ?').pluck().get(checked) as number | undefined;
    if (old !== undefined) removeRows(db, old);
    const kept = {
      fields: result.fields.map((f) => f.key),
      log: result.log,
      seed: result.seed,
      restarts: result.restarts,
      k: result.k,
      given: params,
    };
    const id = Number(
      db
        .prepare('INSERT INTO clusterings (name, params, k, saved_at) VALUES (?, ?, ?, ?)')
        .run(checked, JSON.stringify(kept), result.k, new Date().toISOString()).lastInsertRowid,
    );
    const addCluster = db.prepare(
      'INSERT INTO clustering_clusters (clustering, cluster, name, customers) VALUES (?, ?, ?, ?)',
    );
    for (const c of result.clusters) addCluster.run(id, c.cluster, c.name, c.customers);
    const addMember = db.prepare('INSERT INTO cluster_members (clustering, customer, cluster) VALUES (?, ?, ?)');
    for (let i = 0; i < data.n; i += 1) {
      addMember.run(id, data.ids[i] as number, (order[fit.labels[i] as number] as number) + 1);
    }
    return old !== undefined;
  })();
  return { ...getSavedClustering(db, checked), replaced };
}

export function listSavedClusterings(db: Db): SavedClustering[] {
  const names = db.prepare('SELECT name FROM clusterings ORDER BY id').pluck().all() as string[];
  return names.map((name) => getSavedClustering(db, name));
}

export function getSavedClustering(db: Db, name: string): SavedClustering {
  const row = db.prepare('SELECT id, name, params, k, saved_at FROM clusterings WHERE name = ?').get(name) as
    | { id: number; name: string; params: string; k: number; saved_at: string }
    | undefined;
  if (!row) {
    throw new WorkbenchError('NOT_FOUND', `There is no saved clustering "${name}".`, { name });
  }
  const params = JSON.parse(row.params) as { fields: string[]; log: boolean; seed: number; restarts: number };
  const clusters = (
    db
      .prepare('SELECT cluster, name, customers FROM clustering_clusters WHERE clustering = ? ORDER BY cluster')
      .all(row.id) as Array<{ cluster: number; name: string; customers: number }>
  ).map((c) => ({ ...c, value: clusterValue(row.name, c.cluster) }));
  return {
    name: row.name,
    k: row.k,
    fields: params.fields,
    log: params.log,
    seed: params.seed,
    restarts: params.restarts,
    saved_at: row.saved_at,
    clusters,
    replaced: false,
  };
}

/** Deletes a saved clustering no segment's rule names; returns what it was. */
export function deleteClustering(db: Db, name: string): SavedClustering {
  const saved = getSavedClustering(db, name);
  const users = storedSegments(db).filter((s) => ruleUsesClustering(s.rule, saved.name));
  if (users.length > 0) {
    const names = users.map((s) => `"${s.name}"`).join(', ');
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The clustering "${saved.name}" is used by ${users.length === 1 ? 'the segment' : 'the segments'} ${names} (a "cluster" condition). Remove it from ${users.length === 1 ? 'that rule' : 'those rules'} first.`,
      { segmentIds: users.map((s) => s.id) },
    );
  }
  const id = db.prepare('SELECT id FROM clusterings WHERE name = ?').pluck().get(saved.name) as number;
  db.transaction(() => removeRows(db, id))();
  return saved;
}

function removeRows(db: Db, id: number): void {
  db.prepare('DELETE FROM cluster_members WHERE clustering = ?').run(id);
  db.prepare('DELETE FROM clustering_clusters WHERE clustering = ?').run(id);
  db.prepare('DELETE FROM clusterings WHERE id = ?').run(id);
}
