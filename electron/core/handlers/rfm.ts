/** Handlers of rfm/*: scores and segments, one customer's explanation, saving the segments, the scheme linter. */

import { explainCustomer } from '../rfm/explain.js';
import { rfmResult } from '../rfm/result.js';
import { lintScheme } from '../rfm/schemeLint.js';
import { readProjectSettings } from '../rfm/settings.js';
import { writeRfmSummary } from '../rfm/summaryExport.js';
import { saveRfmSegments } from '../segments/rfmSegments.js';
import type { DomainHandlers } from './types.js';

type RfmMethod =
  | 'rfm/compute'
  | 'rfm/summaryExport'
  | 'rfm/explain'
  | 'rfm/saveSegments'
  | 'rfm/projectSettings'
  | 'rfm/lintScheme';

export const rfmHandlers: DomainHandlers<RfmMethod> = {
  'rfm/compute': (params, { session }) => rfmResult(session.requireProject().db, params),
  'rfm/summaryExport': async ({ path, format, bom, ...settings }, { session }) => {
    const { segments } = rfmResult(session.requireProject().db, settings);
    await writeRfmSummary(path, segments, { format, bom });
    return { path, rows: segments.length };
  },
  'rfm/explain': ({ customerId, ...settings }, { session }) =>
    explainCustomer(session.requireProject().db, customerId, settings),
  'rfm/saveSegments': (settings, { session }) => saveRfmSegments(session.requireProject().db, settings),
  'rfm/projectSettings': (_params, { session }) => {
    const { settings, saved } = readProjectSettings(session.requireProject().db);
    return { ...settings, saved };
  },
  'rfm/lintScheme': ({ rows, bins }) => lintScheme(rows, bins),
};
