/** Handlers of the Data view: a page of customers with their metrics, and the as-of date they are computed for. */
import { writeAsOf } from '../metrics/asOf.js';
import { customerPage } from '../metrics/query.js';
import { projectInfo } from '../project/info.js';
import type { DomainHandlers } from './types.js';

type CustomersMethod = 'customers/page' | 'metrics/setAsOf';

export const customersHandlers: DomainHandlers<CustomersMethod> = {
  'customers/page': ({ offset, limit, sort }, { session }) =>
    customerPage(session.requireProject().db, offset, limit, sort),
  'metrics/setAsOf': ({ asOf }, ctx) => {
    const project = ctx.session.requireProject();
    writeAsOf(project.db, asOf);
    const info = projectInfo(project);
    ctx.emit('project/changed', info);
    return info;
  },
};
