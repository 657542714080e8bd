/**
 * How well the links of a set hold: per link, the distinct key values of the pointing file found
 * in the other file and not found, with examples; stored in dataset_links, and said plainly.
 */
import type { SetFileReport, SetLinkReport } from '../../../../shared/model/importSet.js';
import type { Db } from '../../db/projectFile.js';
import type { SetPlan } from './planSet.js';
import { columnIndex, type StagedRef } from './setLayout.js';
import { stageColumn } from './stageFile.js';

const EXAMPLES = 5;

export function linkReports(db: Db, plan: SetPlan, refs: readonly StagedRef[]): SetLinkReport[] {
  return plan.links.map((link) => {
    const from = refs.find((r) => r.file.name === link.from.file) as StagedRef;
    const to = refs.find((r) => r.file.name === link.to.file) as StagedRef;
    const f = stageColumn(columnIndex(from.file, link.from.column));
    const t = stageColumn(columnIndex(to.file, link.to.column));
    // Indexed, or every key of the pointing file scans the whole target table (minutes at 1M lines).
    db.exec(`CREATE INDEX IF NOT EXISTS temp.${to.table}_${t} ON ${to.table} (${t})`);
    db.exec('DROP TABLE IF EXISTS temp.set_link_keys');
    db.exec('CREATE TEMP TABLE set_link_keys (k PRIMARY KEY, line INTEGER NOT NULL, hit INTEGER) WITHOUT ROWID');
    // Each distinct key with its first line: read in line order (the staging rowid, so no sort) into a
    // B-tree of the distinct keys, far cheaper than sorting every row when a key repeats (product ids).
    db.exec(`INSERT OR IGNORE INTO temp.set_link_keys (k, line)
      SELECT ${f}, line FROM temp.${from.table} WHERE ${f} IS NOT NULL ORDER BY line`);
    db.exec(`UPDATE temp.set_link_keys SET hit = EXISTS (SELECT 1 FROM temp.${to.table} x WHERE x.${t} = k)`);
    const counts = db
      .prepare(
        'SELECT COALESCE(SUM(hit), 0) AS matched, COUNT(*) - COALESCE(SUM(hit), 0) AS unmatched FROM temp.set_link_keys',
      )
      .get() as { matched: number; unmatched: number };
    const examples = db
      .prepare(`SELECT k FROM temp.set_link_keys WHERE hit = 0 ORDER BY line LIMIT ${EXAMPLES}`)
      .all() as Array<{ k: string | number }>;
    db.exec('DROP TABLE temp.set_link_keys');
    return {
      from: `${link.from.file}.${link.from.column}`,
      to: `${link.to.file}.${link.to.column}`,
      origin: link.origin,
      reason: link.reason,
      matched: counts.matched,
      unmatched: counts.unmatched,
      unmatchedExamples: examples.map((e) => String(e.k)),
    };
  });
}

export function saveLinks(
  db: Db,
  plan: SetPlan,
  links: readonly SetLinkReport[],
  files: readonly SetFileReport[],
): void {
  const insert = db.prepare(
    `INSERT INTO dataset_links (from_dataset, from_column, to_dataset, to_column, matched, unmatched, origin, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  plan.links.forEach((link, i) => {
    const report = links[i] as SetLinkReport;
    const id = (name: string) => files.find((f) => f.file === name)?.datasetId;
    insert.run(
      id(link.from.file),
      link.from.column,
      id(link.to.file),
      link.to.column,
      report.matched,
      report.unmatched,
      link.origin,
      link.reason,
    );
  });
}

/** What each link's misses mean, in a sentence each. */
export function unmatchedNotes(links: readonly SetLinkReport[], plan: SetPlan): string[] {
  const kindOf = (name: string) => plan.files.find((f) => f.name === name)?.kind;
  return links
    .filter((l) => l.unmatched > 0)
    .map((l) => {
      const fromFile = l.from.slice(0, l.from.lastIndexOf('.', l.from.length - 1));
      const [fromName] = plan.files.filter((f) => l.from.startsWith(`${f.name}.`)).map((f) => f.name);
      const [toName] = plan.files.filter((f) => l.to.startsWith(`${f.name}.`)).map((f) => f.name);
      const total = l.matched + l.unmatched;
      const what = consequence(kindOf(fromName ?? fromFile), kindOf(toName ?? ''));
      const examples = l.unmatchedExamples.map((e) => `"${e}"`).join(', ');
      return `${l.unmatched.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} values of ${l.from} are not in ${l.to} (e.g. ${examples}): ${what}`;
    });
}

function consequence(from: string | undefined, to: string | undefined): string {
  if (to === 'customers')
    return 'their orders are imported; those customers have no attributes from the customers file.';
  if (to === 'products') return 'those lines are imported without product fields.';
  if (to === 'lookup') return 'those rows get no values from the lookup table.';
  if (from === 'order_lines') return 'those lines are left out: without their order they have no customer and no date.';
  if (from === 'payments') return 'those payments count towards no order.';
  return 'those rows belong to no imported order.';
}
