/** Handlers of import/*, fields/* and metrics/*. */
import type { FieldInfo } from '../../../shared/api.js';
import type { FieldType, Role } from '../../../shared/model/roles.js';
import { writeRejectsCsv } from '../export/rejectsCsv.js';
import { previewFile } from '../import/preview.js';
import { writeAsOf } from '../metrics/asOf.js';
import { projectInfo } from '../project/info.js';
import type { Handler } from './types.js';

export const importPreview: Handler<'import/preview'> = ({ path, overrides }) => previewFile(path, overrides);

export const importRun: Handler<'import/run'> = async ({ jobId, path, options, replace }, ctx) => {
  const project = ctx.session.requireProject();
  const report = await ctx.session.imports.run({
    jobId,
    projectPath: project.path,
    filePath: path,
    options,
    replace,
    onProgress: (progress) => ctx.emit('import/progress', progress),
  });
  ctx.emit('import/progress', {
    jobId,
    bytesRead: 0,
    totalBytes: 0,
    rows: report.rowsRead,
    phase: 'done',
  });
  ctx.emit('project/changed', projectInfo(project));
  return report;
};

export const importCancel: Handler<'import/cancel'> = ({ jobId }, { session }) => ({
  cancelled: session.imports.cancel(jobId),
});

export const saveRejects: Handler<'import/saveRejects'> = ({ datasetId, path }, { session }) => ({
  path,
  rows: writeRejectsCsv(session.requireProject().db, datasetId, path),
});

export const listFields: Handler<'fields/list'> = (_params, { session }) => {
  const rows = session
    .requireProject()
    .db.prepare('SELECT key, label, type, role, source FROM fields ORDER BY source, position')
    .all() as Array<{ key: string; label: string; type: FieldType; role: Role | null; source: 'customers' | 'orders' }>;
  return [...rows, ...METRIC_FIELDS];
};

const METRIC_FIELDS: FieldInfo[] = [
  { key: 'recency_days', label: 'Recency (days)', type: 'number', role: null, source: 'metrics' },
  { key: 'frequency', label: 'Frequency (orders)', type: 'number', role: null, source: 'metrics' },
  { key: 'monetary', label: 'Monetary value', type: 'number', role: null, source: 'metrics' },
  { key: 'aov', label: 'Average order value', type: 'number', role: null, source: 'metrics' },
  { key: 'first_order', label: 'First order', type: 'date', role: null, source: 'metrics' },
  { key: 'last_order', label: 'Last order', type: 'date', role: null, source: 'metrics' },
  { key: 'tenure_days', label: 'Tenure (days)', type: 'number', role: null, source: 'metrics' },
  // Scores and segment for the project's RFM settings (rfm/projectSettings).
  { key: 'r_score', label: 'RFM recency score', type: 'number', role: null, source: 'metrics' },
  { key: 'f_score', label: 'RFM frequency score', type: 'number', role: null, source: 'metrics' },
  { key: 'm_score', label: 'RFM monetary score', type: 'number', role: null, source: 'metrics' },
  { key: 'rfm_segment', label: 'RFM segment', type: 'category', role: null, source: 'metrics' },
];

export const setAsOf: Handler<'metrics/setAsOf'> = ({ asOf }, ctx) => {
  const project = ctx.session.requireProject();
  writeAsOf(project.db, asOf);
  const info = projectInfo(project);
  ctx.emit('project/changed', info);
  return info;
};
