/**
 * Workshop progress: each step's evidence read from the project (so a step is done when the work is,
 * whatever screen it was done on) and the participant's marks kept in meta.workshop.
 *   collect     data in the project (any dataset imported, or the demo shop)
 *   criteria    at least one saved segment (from a template per base or built by hand)
 *   attractive  at least two saved segments, compared on the scorecard: confirmed by a mark
 *   strategy    a strategy plan written for at least one saved segment
 *   changes     the movement between segments looked at (Changes view): confirmed by a mark
 */
import {
  WORKSHOP_STEPS,
  type WorkshopState,
  WorkshopStep,
  type WorkshopStepState,
} from '../../../shared/contract/workshop.js';
import type { Db } from '../db/projectFile.js';

const KEY = 'workshop';
const NEEDS_MARK: ReadonlySet<WorkshopStep> = new Set(['attractive', 'changes']);

interface Stored {
  marked: WorkshopStep[];
  updatedAt: string | null;
}

export function workshopState(db: Db): WorkshopState {
  const stored = readStored(db);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const evidence: Record<WorkshopStep, { count: number; needed: number }> = {
    collect: { count: count('SELECT COUNT(*) AS n FROM datasets'), needed: 1 },
    criteria: { count: count('SELECT COUNT(*) AS n FROM segments'), needed: 1 },
    attractive: { count: count('SELECT COUNT(*) AS n FROM segments'), needed: 2 },
    strategy: { count: count('SELECT COUNT(*) AS n FROM segments WHERE plan IS NOT NULL'), needed: 1 },
    changes: { count: count('SELECT COUNT(*) AS n FROM datasets'), needed: 1 },
  };
  const steps = WORKSHOP_STEPS.map((step): WorkshopStepState => {
    const e = evidence[step];
    const met = e.count >= e.needed;
    const needsMark = NEEDS_MARK.has(step);
    const marked = stored.marked.includes(step);
    return { step, evidence: { met, ...e }, needsMark, marked, done: met && (!needsMark || marked) };
  });
  return { steps, completed: steps.filter((s) => s.done).length, updatedAt: stored.updatedAt };
}

export function markStep(db: Db, step: WorkshopStep, done: boolean): WorkshopState {
  const stored = readStored(db);
  const marked = new Set(stored.marked);
  if (done) marked.add(step);
  else marked.delete(step);
  writeStored(db, { marked: WORKSHOP_STEPS.filter((s) => marked.has(s)), updatedAt: new Date().toISOString() });
  return workshopState(db);
}

export function resetWorkshop(db: Db): WorkshopState {
  db.prepare('DELETE FROM meta WHERE key = ?').run(KEY);
  return workshopState(db);
}

/** A damaged or older value reads as no marks: progress is a convenience, never a reason to fail. */
function readStored(db: Db): Stored {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return { marked: [], updatedAt: null };
  try {
    const parsed = JSON.parse(row.value) as Partial<Stored>;
    const marked = Array.isArray(parsed.marked)
      ? parsed.marked.filter((s): s is WorkshopStep => WorkshopStep.safeParse(s).success)
      : [];
    return { marked, updatedAt: typeof parsed.updatedAt === 'string' ? parsed.updatedAt : null };
  } catch {
    return { marked: [], updatedAt: null };
  }
}

function writeStored(db: Db, stored: Stored): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(KEY, JSON.stringify(stored));
}
