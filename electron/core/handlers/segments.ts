/**
 * Handlers of segments/* and fields/*: the builder's live counts and field profiles, the saved
 * segments (list, save, delete and undo, duplicate), lint, templates and export.
 */
import { countRule, countRuleParts } from '../segments/count.js';
import { exportSegmentCsv, exportSegmentXlsx } from '../segments/export.js';
import { listFields } from '../segments/fieldList.js';
import { lintRule, savedMinSize, storeMinSize } from '../segments/lint.js';
import { fieldProfile } from '../segments/profile.js';
import { deleteSegment, duplicateSegment, listSegments, restoreSegment, saveSegment } from '../segments/store.js';
import { segmentTemplates } from '../segments/templates.js';
import type { DomainHandlers } from './types.js';

type SegmentsMethod =
  | 'fields/list'
  | 'fields/profile'
  | 'segments/count'
  | 'segments/countParts'
  | 'segments/list'
  | 'segments/save'
  | 'segments/delete'
  | 'segments/restore'
  | 'segments/duplicate'
  | 'segments/lint'
  | 'segments/templates'
  | 'segments/lintMinSize'
  | 'segments/export';

export const segmentsHandlers: DomainHandlers<SegmentsMethod> = {
  'fields/list': (_params, { session }) => listFields(session.requireProject().db),
  'fields/profile': (params, { session }) => fieldProfile(session.requireProject().db, params),
  'segments/count': ({ rule }, { session }) => countRule(session.requireProject().db, rule),
  'segments/countParts': ({ rule }, { session }) => countRuleParts(session.requireProject().db, rule),
  'segments/list': (_params, { session }) => listSegments(session.requireProject().db),
  'segments/save': ({ id, ...fields }, { session }) => saveSegment(session.requireProject().db, fields, id),
  'segments/delete': ({ id }, { session }) => ({ deleted: deleteSegment(session.requireProject().db, id) }),
  'segments/restore': ({ id, ...fields }, { session }) => restoreSegment(session.requireProject().db, id, fields),
  'segments/duplicate': ({ id }, { session }) => duplicateSegment(session.requireProject().db, id),
  'segments/lint': ({ rule, id, minSize }, { session }) => lintRule(session.requireProject().db, rule, { id, minSize }),
  'segments/templates': (_params, { session }) => segmentTemplates(session.requireProject().db),
  'segments/lintMinSize': ({ minSize }, { session }) => {
    const { db } = session.requireProject();
    if (minSize !== undefined) storeMinSize(db, minSize);
    return { minSize: savedMinSize(db) };
  },
  'segments/export': async ({ id, path, layout, columns, bom, personal, format }, { session }) => {
    const db = session.requireProject().db;
    const options = { layout, columns, bom, personal };
    const { rows } =
      format === 'xlsx' ? await exportSegmentXlsx(db, id, path, options) : exportSegmentCsv(db, id, path, options);
    return { path, rows };
  },
};
