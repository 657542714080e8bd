import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import {
  deleteSegment,
  duplicateSegment,
  getSegment,
  restoreSegment,
  saveSegment,
} from '../../electron/core/segments/store.js';
import type { SegmentInfo } from '../../shared/api.js';
import type { Rule } from '../../shared/model/rules.js';
import { EMPTY_PLAN, type SegmentPlan } from '../../shared/model/segmentPlan.js';
import { failure, result } from '../support/outcome.js';
import { fixtureProject } from './store-fixture.js';

const UK: Rule = { field: 'country', op: 'in', value: ['UK'] };
const PLAN: SegmentPlan = {
  goal: 'Win them back before the summer sale',
  message: 'We miss you',
  offer: 'Free delivery',
  channel: 'Email',
  kpi: 'repeat purchase rate (%)',
  kpi_target: 25,
  owner: 'Sara',
  due_date: '2027-03-21',
};

let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

async function projectDb(): Promise<Db> {
  return (await fixtureProject()).session.requireProject().db;
}

describe('a segment’s strategy plan', () => {
  it('is saved, kept when an update leaves it out, cleared by null or by an empty plan', async () => {
    const db = await projectDb();
    const { id } = saveSegment(db, { name: 'UK', plan: PLAN, rule: UK });
    expect(getSegment(db, id).plan).toEqual(PLAN);
    expect(saveSegment(db, { name: 'UK buyers', rule: UK }, id).plan).toEqual(PLAN);
    expect(saveSegment(db, { name: 'UK buyers', plan: null, rule: UK }, id).plan).toBeNull();
    saveSegment(db, { name: 'UK buyers', plan: PLAN, rule: UK }, id);
    expect(saveSegment(db, { name: 'UK buyers', plan: EMPTY_PLAN, rule: UK }, id).plan).toBeNull();
    const stored = db.prepare('SELECT plan FROM segments WHERE id = ?').get(id) as { plan: string | null };
    expect(stored.plan).toBeNull();
  });

  it('travels with a copy and comes back with an undone delete', async () => {
    const db = await projectDb();
    const { id } = saveSegment(db, { name: 'UK', plan: PLAN, rule: UK });
    expect(duplicateSegment(db, id)).toMatchObject({ name: 'UK (copy)', plan: PLAN });
    const deleted = deleteSegment(db, id);
    expect(restoreSegment(db, id, { ...deleted }).plan).toEqual(PLAN);
  });

  it('a damaged plan reads as none and leaves the segment readable', async () => {
    const db = await projectDb();
    const { id } = saveSegment(db, { name: 'UK', plan: PLAN, rule: UK });
    db.prepare('UPDATE segments SET plan = ? WHERE id = ?').run('{"goal": 7', id);
    expect(getSegment(db, id)).toMatchObject({ name: 'UK', plan: null, counts: { customers: 4 } });
  });

  it('the contract fills left-out fields and refuses a bad date or an over-long field, naming it', async () => {
    const { session, dir } = await fixtureProject();
    const file = session.requireProject().path;
    session.close();
    engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    expect((await engine.call('project/open', { path: file })).ok).toBe(true);

    const saved = result<SegmentInfo>(
      await engine.call('segments/save', { name: 'UK', rule: UK, plan: { goal: ' Grow ', kpi_target: 10 } }),
    );
    expect(saved.plan).toEqual({ ...EMPTY_PLAN, goal: 'Grow', kpi_target: 10 });

    const badDate = failure(
      await engine.call('segments/save', { name: 'UK2', rule: UK, plan: { due_date: '21/03/2027' } }),
    );
    expect(badDate).toContain('plan.due_date');
    expect(badDate).toContain('expected a date as YYYY-MM-DD');

    const long = failure(
      await engine.call('segments/save', { name: 'UK3', rule: UK, plan: { offer: 'x'.repeat(2001) } }),
    );
    expect(long).toContain('plan.offer');
    expect(long).toContain('a plan field can have at most 2000 characters');
    expect(result<SegmentInfo[]>(await engine.call('segments/list', {})).map((s) => s.name)).toEqual(['UK']);
  });
});
