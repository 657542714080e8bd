/**
 * Contract of workshop mode (issue "The workshop in four languages" §2): the five steps the workshop
 * teaches, each with a check computed from the project and, where no data can tell, the participant's
 * own "done". Progress lives in the project file, so it travels with it; a facilitator can reset it.
 */
import { z } from 'zod';

export const WORKSHOP_STEPS = ['collect', 'criteria', 'attractive', 'strategy', 'changes'] as const;
export const WorkshopStep = z.enum(WORKSHOP_STEPS);
export type WorkshopStep = z.infer<typeof WorkshopStep>;

export const workshopMethods = {
  'workshop/state': z.object({}).strict(),
  /** The participant marks a step done (or not done again). */
  'workshop/mark': z.object({ step: WorkshopStep, done: z.boolean() }).strict(),
  /** The facilitator's reset: every mark cleared (the data and segments are left as they are). */
  'workshop/reset': z.object({}).strict(),
} as const;

export interface WorkshopStepState {
  step: WorkshopStep;
  /** What the project shows: data imported, segments saved, plans written... */
  evidence: { met: boolean; count: number; needed: number };
  /** Whether the participant must confirm it themselves (nothing in the data can tell). */
  needsMark: boolean;
  marked: boolean;
  /** evidence.met, and marked when the step needs a mark. */
  done: boolean;
}

export interface WorkshopState {
  steps: WorkshopStepState[];
  /** How many steps are done. */
  completed: number;
  /** When a mark last changed (ISO), null before any. */
  updatedAt: string | null;
}

export interface WorkshopResults {
  'workshop/state': WorkshopState;
  'workshop/mark': WorkshopState;
  'workshop/reset': WorkshopState;
}
