/** Handlers of rfm/*: scores and segments, one customer's explanation, saving the segments, the scheme linter. */
import { explainCustomer } from '../rfm/explain.js';
import { rfmResult } from '../rfm/result.js';
import { saveRfmSegments } from '../rfm/saveSegments.js';
import { lintScheme } from '../rfm/schemeLint.js';
import { readProjectSettings } from '../rfm/settings.js';
import type { Handler } from './types.js';

export const computeRfmHandler: Handler<'rfm/compute'> = (params, { session }) =>
  rfmResult(session.requireProject().db, params);

export const explainRfm: Handler<'rfm/explain'> = ({ customerId, ...settings }, { session }) =>
  explainCustomer(session.requireProject().db, customerId, settings);

export const saveRfmSegmentsHandler: Handler<'rfm/saveSegments'> = (settings, { session }) =>
  saveRfmSegments(session.requireProject().db, settings);

export const rfmProjectSettings: Handler<'rfm/projectSettings'> = (_params, { session }) => {
  const { settings, saved } = readProjectSettings(session.requireProject().db);
  return { ...settings, saved };
};

export const lintRfmScheme: Handler<'rfm/lintScheme'> = ({ rows, bins }) => lintScheme(rows, bins);
