/** Handlers of the builder's live queries: segment counts, per-node counts and field profiles. */
import { countRule, countRuleParts } from '../segments/count.js';
import { fieldProfile } from '../segments/profile.js';
import type { Handler } from './types.js';

export const countSegment: Handler<'segments/count'> = ({ rule }, { session }) =>
  countRule(session.requireProject().db, rule);

export const countSegmentParts: Handler<'segments/countParts'> = ({ rule }, { session }) =>
  countRuleParts(session.requireProject().db, rule);

export const profileField: Handler<'fields/profile'> = (params, { session }) =>
  fieldProfile(session.requireProject().db, params);
