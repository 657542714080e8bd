import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { referencedSegments } from '../../electron/core/segments/segmentRefs.js';
import {
  deleteSegment,
  getSegment,
  restoreSegment,
  saveSegment,
  storedSegments,
} from '../../electron/core/segments/store.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixtureProject } from './store-fixture.js';

const UK: Rule = { field: 'country', op: 'in', value: ['UK'] };
const BUYERS: Rule = { field: 'frequency', op: '>=', value: 1 };

let db: Db;
beforeEach(async () => {
  db = (await fixtureProject()).session.requireProject().db;
});

describe('"in segment" references', () => {
  it('finds every referenced id once, at any depth', () => {
    const rule: Rule = {
      or: [{ segment: 3 }, { not: { and: [{ segment: 1 }, UK, { segment: 3 }] } }, { segment: 2 }],
    };
    expect(referencedSegments(rule)).toEqual([3, 1, 2]);
    expect(referencedSegments(UK)).toEqual([]);
  });

  it('counts a segment built on another with the current rule of the other', () => {
    const uk = saveSegment(db, { name: 'UK', rule: UK });
    const ukBuyers = saveSegment(db, { name: 'UK buyers', rule: { and: [{ segment: uk.id }, BUYERS] } });
    expect(ukBuyers.counts.customers).toBe(3); // c1, c2, c6
    saveSegment(db, { name: 'UK', rule: { field: 'country', op: 'in', value: ['UK', 'DE'] } }, uk.id);
    expect(getSegment(db, ukBuyers.id).counts.customers).toBe(5); // + c3, c4
  });

  it('refuses a cycle, naming it, and keeps the saved rules', () => {
    const a = saveSegment(db, { name: 'A', rule: UK });
    const b = saveSegment(db, { name: 'B', rule: { and: [{ segment: a.id }, BUYERS] } });
    const c = saveSegment(db, { name: 'C', rule: { not: { segment: b.id } } });
    expect(() => saveSegment(db, { name: 'A', rule: { segment: c.id } }, a.id)).toThrow(
      'Segment references form a cycle: A → C → B → A.',
    );
    expect(() => saveSegment(db, { name: 'A renamed', rule: { or: [UK, { segment: a.id }] } }, a.id)).toThrow(
      'Segment references form a cycle: A renamed → A renamed.',
    );
    expect(storedSegments(db).map((s) => [s.name, s.rule])).toEqual([
      ['A', UK],
      ['B', { and: [{ segment: a.id }, BUYERS] }],
      ['C', { not: { segment: b.id } }],
    ]);
  });
});

describe('deleting segments', () => {
  it('returns the deleted segment, and restoring it brings it back with the same id and fields', () => {
    const kept = saveSegment(db, { name: 'Buyers', rule: BUYERS });
    const uk = saveSegment(db, {
      name: 'UK',
      color: '#336699',
      description: 'customers in the UK',
      strategy: 'free delivery',
      rule: UK,
    });
    const { counts, createdAt, updatedAt, ...fields } = uk;
    const deleted = deleteSegment(db, uk.id);
    expect(deleted).toEqual(uk);
    expect(storedSegments(db).map((s) => s.id)).toEqual([kept.id]);

    const restored = restoreSegment(db, deleted.id, deleted);
    expect(restored).toEqual({ ...fields, counts, createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect(restored.id).toBe(2);
    expect(storedSegments(db).map((s) => s.id)).toEqual([1, 2]);
    // A new segment after the undo still gets a fresh id.
    expect(saveSegment(db, { name: 'Third', rule: UK }).id).toBe(3);
  });

  it('refuses to delete a segment other segments use, naming them', () => {
    const uk = saveSegment(db, { name: 'UK', rule: UK });
    saveSegment(db, { name: 'UK buyers', rule: { and: [{ segment: uk.id }, BUYERS] } });
    saveSegment(db, { name: 'Not UK', rule: { not: { segment: uk.id } } });
    expect(() => deleteSegment(db, uk.id)).toThrow(
      '"UK" is used by the segments "UK buyers", "Not UK" ("in segment" condition). Remove it from those rules first.',
    );
    expect(storedSegments(db)).toHaveLength(3);
  });

  it('restore refuses an id that is in use and a name that was taken meanwhile', () => {
    const uk = saveSegment(db, { name: 'UK', rule: UK });
    expect(() => restoreSegment(db, uk.id, { name: 'Other', rule: UK })).toThrow(
      'A segment with id 1 already exists; it was not deleted.',
    );
    const deleted = deleteSegment(db, uk.id);
    // The deleted id is not handed to the next segment, so the undo can have it back.
    expect(saveSegment(db, { name: 'uk', rule: BUYERS }).id).toBe(2);
    expect(() => restoreSegment(db, deleted.id, deleted)).toThrow('A segment named "uk" already exists.');
  });

  it('says which id does not exist', () => {
    expect(() => deleteSegment(db, 5)).toThrow('There is no segment with id 5 in this project.');
  });
});
