/**
 * How well the links of a set hold: per link, the distinct key values of the pointing file found
 * in the other file and not found, with examples; stored in dataset_links, and said plainly.
 */
import type { SetFileReport, SetLinkReport } from '../../../../shared/model/importSet.js';
import type { Db } from '../../db/projectFile.js';
import type { SetPlan } from './planSet.js';
import { columnIndex, type StagedRef } from './setLayout.js';
import type { StagedFile } from './stageFile.js';

export const EXAMPLES = 5;

/** Counted elsewhere: the counts of one link found while its files streamed (streamOrders.ts). */
export interface CountedLink {
  link: SetPlan['links'][number];
  matched: number;
  unmatched: number;
  unmatchedExamples: string[];
}

export function linkReports(
  plan: SetPlan,
  refs: readonly StagedRef[],
  staged: ReadonlyMap<StagedRef, StagedFile>,
  counted: CountedLink | null = null,
): SetLinkReport[] {
  const keysOf = (name: string, column: string): ReadonlyMap<string, number> => {
    const ref = refs.find((r) => r.file.name === name) as StagedRef;
    return staged.get(ref)?.keys.get(columnIndex(ref.file, column)) ?? new Map();
  };
  return plan.links.map((link) => {
    const about = {
      from: `${link.from.file}.${link.from.column}`,
      to: `${link.to.file}.${link.to.column}`,
      origin: link.origin,
      reason: link.reason,
    };
    if (counted && counted.link === link) {
      const { matched, unmatched, unmatchedExamples } = counted;
      return { ...about, matched, unmatched, unmatchedExamples };
    }
    const from = keysOf(link.from.file, link.from.column);
    const to = keysOf(link.to.file, link.to.column);
    // Each distinct key of the pointing file, in the order of its first line; keys are trimmed text on both sides.
    let matched = 0;
    const examples: string[] = [];
    for (const key of from.keys()) {
      if (to.has(key)) matched += 1;
      else if (examples.length < EXAMPLES) examples.push(key);
    }
    return {
      ...about,
      matched,
      unmatched: from.size - matched,
      unmatchedExamples: examples,
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
