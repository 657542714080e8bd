/** The handler table: one entry per method of shared/api.ts, checked by the HandlerTable type. */

import { analysisHandlers } from './analysis.js';
import { customersHandlers } from './customers.js';
import { importCancel, importPreview, importRun, listFields, saveRejects, setAsOf } from './data.js';
import { openDemo } from './demo.js';
import { appInfo, closeProject, createProject, currentProject, openProject, recentProjects } from './project.js';
import { computeRfmHandler, explainRfm, lintRfmScheme, rfmProjectSettings, saveRfmSegmentsHandler } from './rfm.js';
import { countSegment, countSegmentParts, profileField } from './segmentQueries.js';
import {
  deleteSavedSegment,
  duplicateSavedSegment,
  exportSegment,
  lintMinSize,
  lintSegment,
  listSavedSegments,
  listTemplates,
  restoreSavedSegment,
  saveSavedSegment,
} from './segments.js';
import type { HandlerTable } from './types.js';

export const handlers: HandlerTable = {
  'app/info': appInfo,
  'project/create': createProject,
  'project/open': openProject,
  'project/close': closeProject,
  'project/current': currentProject,
  'project/recent': recentProjects,
  'project/demo': openDemo,
  'import/preview': importPreview,
  'import/run': importRun,
  'import/cancel': importCancel,
  'import/saveRejects': saveRejects,
  'fields/list': listFields,
  'metrics/setAsOf': setAsOf,
  'fields/profile': profileField,
  'segments/count': countSegment,
  'segments/countParts': countSegmentParts,
  'segments/list': listSavedSegments,
  'segments/save': saveSavedSegment,
  'segments/delete': deleteSavedSegment,
  'segments/restore': restoreSavedSegment,
  'segments/duplicate': duplicateSavedSegment,
  'segments/lint': lintSegment,
  'segments/templates': listTemplates,
  'segments/lintMinSize': lintMinSize,
  'segments/export': exportSegment,
  'rfm/compute': computeRfmHandler,
  'rfm/explain': explainRfm,
  'rfm/saveSegments': saveRfmSegmentsHandler,
  'rfm/projectSettings': rfmProjectSettings,
  'rfm/lintScheme': lintRfmScheme,
  ...analysisHandlers,
  ...customersHandlers,
};
