/** The saved segments one customer is a member of: each saved rule tested against that customer only. */
import type { CustomerDetail } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { RuleCompiler } from '../segments/compile.js';
import { storedSegments } from '../segments/store.js';
import { CUSTOMER_JOINS } from './query.js';

export function segmentsOf(db: Db, customer: number): CustomerDetail['segments'] {
  const member: CustomerDetail['segments'] = [];
  for (const segment of storedSegments(db)) {
    try {
      const where = new RuleCompiler(db, { segmentId: segment.id }, { cacheOrders: true }).expression(segment.rule);
      const found = db
        .prepare(`SELECT 1 FROM customers c ${CUSTOMER_JOINS} WHERE c.id = ? AND COALESCE(${where.sql}, 0)`)
        .get(customer, ...where.params);
      if (found) member.push({ id: segment.id, name: segment.name, color: segment.color });
    } catch (error) {
      // A segment whose rule no longer fits the data (a field gone after a re-import) has no members;
      // the Segments view says why.
      if (!(error instanceof WorkbenchError)) throw error;
    }
  }
  return member;
}
