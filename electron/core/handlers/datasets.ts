/** Handlers of datasets/*: the import history, undo of the latest import, clearing the history. */
import { WorkbenchError } from '../../../shared/errors.js';
import { clearHistory, listHistory, undoLastImport } from '../datasets/history.js';
import { projectInfo } from '../project/info.js';
import type { Session } from '../session.js';
import type { DomainHandlers } from './types.js';

type DatasetsMethod = 'datasets/history' | 'datasets/undo' | 'datasets/clearHistory';

export const datasetsHandlers: DomainHandlers<DatasetsMethod> = {
  'datasets/history': (_params, { session }) => listHistory(session.requireProject().db),
  'datasets/undo': (_params, ctx) => {
    const project = ctx.session.requireProject();
    assertNoImport(ctx.session);
    const undone = undoLastImport(project.db);
    const info = projectInfo(project);
    ctx.emit('project/changed', info);
    return { undone, project: info };
  },
  'datasets/clearHistory': (_params, { session }) => {
    const project = session.requireProject();
    assertNoImport(session);
    const cleared = clearHistory(project.db);
    return { cleared };
  },
};

/** The history changes under a running import's feet otherwise: the user waits or cancels first. */
function assertNoImport(session: Session): void {
  if (session.imports.busy) {
    throw new WorkbenchError('INVALID_PARAMS', 'An import is running: cancel it or wait for it to finish first.');
  }
}
