/** The segment being edited: its fields as the editor holds them, and how it compares with what is saved. */
import type { SegmentInfo, SegmentTemplate } from '../../../../shared/api.js';
import type { Rule } from '../../../../shared/model/rules.js';
import { EMPTY_PLAN, type SegmentPlan } from '../../../../shared/model/segmentPlan.js';
import { normalizeForEditing } from '../rule/normalize.js';

export interface Draft {
  /** null until the segment is saved for the first time. */
  id: number | null;
  name: string;
  color: string | null;
  description: string;
  strategy: string;
  /** The structured strategy; EMPTY_PLAN when none was saved. */
  plan: SegmentPlan;
  rule: Rule;
}

/** The small palette offered for a segment's colour (also used in charts). */
export const SEGMENT_COLORS = [
  '#2f54eb',
  '#13a8a8',
  '#389e0d',
  '#d46b08',
  '#c41d7f',
  '#722ed1',
  '#cf1322',
  '#595959',
] as const;

/** The first palette colour no segment uses yet, so new segments tell apart in the list and in charts. */
export function nextColor(used: ReadonlyArray<string | null>): string {
  const taken = new Set(used.map((c) => c?.toLowerCase()));
  return SEGMENT_COLORS.find((c) => !taken.has(c)) ?? SEGMENT_COLORS[used.length % SEGMENT_COLORS.length] ?? '#2f54eb';
}

export function draftFromSegment(info: SegmentInfo): Draft {
  return {
    id: info.id,
    name: info.name,
    color: info.color,
    description: info.description ?? '',
    strategy: info.strategy ?? '',
    plan: info.plan ?? EMPTY_PLAN,
    rule: normalizeForEditing(info.rule),
  };
}

export function blankDraft(color: string): Draft {
  return { id: null, name: '', color, description: '', strategy: '', plan: EMPTY_PLAN, rule: { and: [] } };
}

export function draftFromTemplate(template: SegmentTemplate, color: string): Draft {
  return {
    id: null,
    name: template.name,
    color,
    description: template.description,
    strategy: '',
    plan: EMPTY_PLAN,
    rule: normalizeForEditing(template.rule),
  };
}

/** True when the draft differs from where it started (what was saved, or the blank/template it began as). */
export function isDraftChanged(draft: Draft | null, baseline: Draft | null): boolean {
  if (!draft || !baseline) return false;
  return JSON.stringify(draft) !== JSON.stringify(baseline);
}
