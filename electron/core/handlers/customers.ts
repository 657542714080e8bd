/** Handlers of the Data view: pages of customers, one customer's panel, and the visible rows as CSV. */
import { customerDetail } from '../customers/detail.js';
import { exportCustomersCsv } from '../customers/exportCsv.js';
import { customersPage } from '../customers/page.js';
import type { Handler } from './types.js';

type CustomersMethod = 'customers/page' | 'customers/get' | 'customers/export';

export const customersHandlers: { [M in CustomersMethod]: Handler<M> } = {
  'customers/page': ({ offset, limit, search, rule, sort }, { session }) =>
    customersPage(session.requireProject().db, offset, limit, { search, rule, sort }),
  'customers/get': ({ customerId }, { session }) => customerDetail(session.requireProject().db, customerId),
  'customers/export': ({ path, search, rule, sort, columns, bom }, { session }) =>
    exportCustomersCsv(session.requireProject().db, path, { search, rule, sort, columns, bom }),
};
