/** What the Compare view can pick: everyone, saved segments and the project's RFM segments, as SegmentRefs. */
import type { SegmentInfo } from '../../../shared/api.js';
import type { SegmentRef } from '../../../shared/contract/analysis.js';

export interface Choice {
  /** Stable key: "all", "saved:12", "rfm:Champions". */
  key: string;
  kind: 'all' | 'saved' | 'rfm';
  /** The saved or RFM segment's name; empty for "all" (the view translates it). */
  name: string;
  ref: SegmentRef;
}

export const ALL_CHOICE: Choice = { key: 'all', kind: 'all', name: '', ref: { all: true } };

export function savedChoices(segments: readonly SegmentInfo[]): Choice[] {
  return segments.map((s) => ({ key: `saved:${s.id}`, kind: 'saved', name: s.name, ref: { id: s.id } }));
}

/** An RFM segment as a computed segment: the rule field rfm_segment follows the project's RFM settings. */
export function rfmChoices(names: readonly string[]): Choice[] {
  return names.map((name) => ({
    key: `rfm:${name}`,
    kind: 'rfm',
    name,
    ref: { name: `RFM: ${name}`, rule: { field: 'rfm_segment', op: 'in', value: [name] } },
  }));
}

/** The chosen refs in the order of the choices offered (so the table order does not depend on click order). */
export function chosenRefs(choices: readonly Choice[], chosen: ReadonlySet<string>): SegmentRef[] {
  return choices.filter((c) => chosen.has(c.key)).map((c) => c.ref);
}

/** Overlap needs real segments: "All customers" contains every other one. */
export function overlapRefs(choices: readonly Choice[], chosen: ReadonlySet<string>): SegmentRef[] {
  return choices.filter((c) => chosen.has(c.key) && c.kind !== 'all').map((c) => c.ref);
}
