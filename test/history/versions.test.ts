import { afterEach, describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../electron/core/history/snapshots.js';
import { staleness, writeStaleDays } from '../../electron/core/history/staleness.js';
import { listVersions, restoreVersion } from '../../electron/core/history/versions.js';
import { deleteSegment, restoreSegment, saveSegment } from '../../electron/core/segments/store.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixtureProject } from '../segments/store-fixture.js';

const UK: Rule = { field: 'country', op: 'in', value: ['UK'] };
const UK_OR_DE: Rule = { field: 'country', op: 'in', value: ['UK', 'DE'] };
const BIG: Rule = { and: [UK, { field: 'monetary', op: '>=', value: 100 }] };

let session: Session | null = null;
afterEach(() => {
  session?.close();
  session = null;
});

async function shop() {
  session = (await fixtureProject()).session;
  return session.requireProject().db;
}

describe('rule versions', () => {
  it('keeps every saved change of the rule, not a save that leaves it as it was', async () => {
    const db = await shop();
    const { id } = saveSegment(db, { name: 'Home', rule: UK });
    saveSegment(db, { name: 'Home market', rule: UK }, id);
    saveSegment(db, { name: 'Home market', rule: UK_OR_DE }, id);
    saveSegment(db, { name: 'Home market', rule: BIG }, id);
    expect(listVersions(db, id).map((v) => [v.id, v.rule])).toEqual([
      [3, BIG],
      [2, UK_OR_DE],
      [1, UK],
    ]);
  });

  it('restores an old version as the current rule, itself a new version', async () => {
    const db = await shop();
    const { id } = saveSegment(db, { name: 'Home', color: '#00aa00', rule: UK });
    saveSegment(db, { name: 'Home', rule: UK_OR_DE }, id);
    const restored = restoreVersion(db, id, 1);
    expect([restored.name, restored.color, restored.rule, restored.counts.customers]).toEqual([
      'Home',
      '#00aa00',
      UK,
      4,
    ]);
    expect(listVersions(db, id).map((v) => [v.id, v.rule])).toEqual([
      [3, UK],
      [2, UK_OR_DE],
      [1, UK],
    ]);
    expect(() => restoreVersion(db, id, 99)).toThrow('Segment "Home" has no saved version 99.');
  });

  it('keeps the versions of a deleted segment for its undo', async () => {
    const db = await shop();
    const { id } = saveSegment(db, { name: 'Home', rule: UK });
    saveSegment(db, { name: 'Home', rule: UK_OR_DE }, id);
    const deleted = deleteSegment(db, id);
    restoreSegment(db, id, deleted);
    expect(listVersions(db, id).map((v) => v.rule)).toEqual([UK_OR_DE, UK]);
  });
});

describe('staleness', () => {
  it('dates the evaluation from the last save or the last snapshot holding the segment', async () => {
    const db = await shop();
    const { id, updatedAt } = saveSegment(db, { name: 'Home', rule: UK });
    const saved = Date.parse(updatedAt);
    expect(staleness(db, id, new Date(saved + 31 * 86_400_000))).toEqual({
      segment: id,
      evaluatedAt: updatedAt,
      evaluatedBy: 'saved',
      replacedAt: null,
      ageDays: 31,
      staleDays: 30,
      old: true,
    });
    writeStaleDays(db, 45);
    expect(staleness(db, id, new Date(saved + 31 * 86_400_000)).old).toBe(false);
    const later = new Date(saved + 10 * 86_400_000);
    const snapshot = takeSnapshot(db, 'manual', later);
    expect(staleness(db, id, new Date(saved + 12 * 86_400_000))).toMatchObject({
      evaluatedAt: snapshot.takenAt,
      evaluatedBy: 'snapshot',
      ageDays: 2,
    });
  });

  it('says when an import replaced the data after the evaluation', async () => {
    const db = await shop();
    const { id, updatedAt } = saveSegment(db, { name: 'Home', rule: UK });
    // A project from before snapshots: its imports took none.
    const importedAt = new Date(Date.parse(updatedAt) + 3_600_000).toISOString();
    db.prepare('UPDATE datasets SET imported_at = ? WHERE id = 2').run(importedAt);
    expect(staleness(db, id, new Date(Date.parse(updatedAt) + 7_200_000))).toMatchObject({
      replacedAt: importedAt,
      ageDays: 0,
      old: false,
    });
  });
});
