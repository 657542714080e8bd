/** Handlers of the saved segments: list, save, delete and undo, duplicate, lint, templates, export. */
import { exportSegmentCsv } from '../segments/export.js';
import { lintRule, savedMinSize, storeMinSize } from '../segments/lint.js';
import { deleteSegment, duplicateSegment, listSegments, restoreSegment, saveSegment } from '../segments/store.js';
import { segmentTemplates } from '../segments/templates.js';
import type { Handler } from './types.js';

export const listSavedSegments: Handler<'segments/list'> = (_params, { session }) =>
  listSegments(session.requireProject().db);

export const saveSavedSegment: Handler<'segments/save'> = ({ id, ...fields }, { session }) =>
  saveSegment(session.requireProject().db, fields, id);

export const deleteSavedSegment: Handler<'segments/delete'> = ({ id }, { session }) => ({
  deleted: deleteSegment(session.requireProject().db, id),
});

export const restoreSavedSegment: Handler<'segments/restore'> = ({ id, ...fields }, { session }) =>
  restoreSegment(session.requireProject().db, id, fields);

export const duplicateSavedSegment: Handler<'segments/duplicate'> = ({ id }, { session }) =>
  duplicateSegment(session.requireProject().db, id);

export const lintSegment: Handler<'segments/lint'> = ({ rule, id, minSize }, { session }) =>
  lintRule(session.requireProject().db, rule, { id, minSize });

export const listTemplates: Handler<'segments/templates'> = (_params, { session }) =>
  segmentTemplates(session.requireProject().db);

export const exportSegment: Handler<'segments/export'> = ({ id, path, layout, columns, bom }, { session }) => ({
  path,
  rows: exportSegmentCsv(session.requireProject().db, id, path, { layout, columns, bom }).rows,
});

export const lintMinSize: Handler<'segments/lintMinSize'> = ({ minSize }, { session }) => {
  const { db } = session.requireProject();
  if (minSize !== undefined) storeMinSize(db, minSize);
  return { minSize: savedMinSize(db) };
};
