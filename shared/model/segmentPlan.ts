/**
 * A segment's strategy as structured fields (goal, message, offer, channel, KPI with a target, owner,
 * due date), kept beside the free-text strategy note. Structured so the comparison and the report can
 * line the segments' plans up column by column, and a facilitator can see which segment has none.
 */
import { z } from 'zod';
import { IsoDate } from '../contract/common.js';

/** The most characters one plan field may hold: a paragraph, not a document. */
export const MAX_PLAN_TEXT = 2_000;

const PlanText = z.string().trim().max(MAX_PLAN_TEXT, `a plan field can have at most ${MAX_PLAN_TEXT} characters`);

/** The channels offered as suggestions; any other text is accepted too (a shop's own channel). */
export const PLAN_CHANNELS = ['email', 'sms', 'ads', 'social', 'direct_mail', 'in_store', 'phone', 'app'] as const;

export const SegmentPlan = z
  .object({
    goal: PlanText.default(''),
    message: PlanText.default(''),
    offer: PlanText.default(''),
    /** One of PLAN_CHANNELS, or the user's own words. */
    channel: PlanText.default(''),
    /** What is measured, e.g. "repeat purchase rate". */
    kpi: PlanText.default(''),
    /** The KPI's target as a number (a rate as a number too: 25 for 25 %), null when not set. */
    kpi_target: z.number().finite().nullable().default(null),
    owner: PlanText.default(''),
    due_date: IsoDate.nullable().default(null),
  })
  .strict();
export type SegmentPlan = z.infer<typeof SegmentPlan>;

export const PLAN_TEXT_FIELDS = ['goal', 'message', 'offer', 'channel', 'kpi', 'owner'] as const;

export const EMPTY_PLAN: SegmentPlan = {
  goal: '',
  message: '',
  offer: '',
  channel: '',
  kpi: '',
  kpi_target: null,
  owner: '',
  due_date: null,
};

/** True when no field of the plan is filled in (stored as NULL then). */
export function isEmptyPlan(plan: SegmentPlan): boolean {
  return PLAN_TEXT_FIELDS.every((k) => plan[k].trim() === '') && plan.kpi_target === null && plan.due_date === null;
}
