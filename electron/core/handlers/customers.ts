/**
 * Handlers of the Data view: pages of customers (search, rule filter, sort), one customer's panel,
 * the visible rows as CSV, and the as-of date every metric is computed for.
 */
import { customerDetail } from '../customers/detail.js';
import { exportCustomersCsv } from '../customers/exportCsv.js';
import { customersPage } from '../customers/page.js';
import { writeAsOf } from '../metrics/asOf.js';
import { projectInfo } from '../project/info.js';
import type { DomainHandlers } from './types.js';

type CustomersMethod = 'customers/page' | 'customers/get' | 'customers/export' | 'metrics/setAsOf';

export const customersHandlers: DomainHandlers<CustomersMethod> = {
  'customers/page': ({ offset, limit, search, rule, sort }, { session }) =>
    customersPage(session.requireProject().db, offset, limit, { search, rule, sort }),
  'customers/get': ({ customerId }, { session }) => customerDetail(session.requireProject().db, customerId),
  'customers/export': ({ path, search, rule, sort, columns, bom, personal }, { session }) =>
    exportCustomersCsv(session.requireProject().db, path, { search, rule, sort, columns, bom, personal }),
  'metrics/setAsOf': ({ asOf }, ctx) => {
    const project = ctx.session.requireProject();
    writeAsOf(project.db, asOf);
    const info = projectInfo(project);
    ctx.emit('project/changed', info);
    return info;
  },
};
