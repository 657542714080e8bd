/**
 * Whether a set's orders and lines can stream (streamOrders.ts), decided from its plan before any
 * file is read: then the link from the lines to the orders is counted by the streaming itself,
 * from its order key table, and the stage workers need not keep every distinct key of its columns.
 */
import type { SetLinkPreview } from '../../../../shared/model/importSet.js';
import type { SetPlan } from './planSet.js';
import { LATEST_ROLES } from './setAssembly.js';
import { linkBetween } from './setLayout.js';

/**
 * The lines -> orders link of a set that streams, or null when the set is assembled in SQL: an
 * orders file and a lines file linked, no payments, no lookup tables, and no latest-order values
 * (no country, region or city on the orders), as canStreamOrders and orderSideOf then find.
 */
export function streamedLink(plan: SetPlan): SetLinkPreview | null {
  const kinds = plan.files.map((f) => f.kind);
  if (kinds.includes('payments') || kinds.includes('lookup')) return null;
  const orders = plan.files.find((f) => f.kind === 'orders');
  const lines = plan.files.find((f) => f.kind === 'order_lines');
  if (!orders || !lines) return null;
  const latest = orders.preview.options.columns.some(
    (c) => c.include && (LATEST_ROLES as readonly (string | null)[]).includes(c.role),
  );
  if (latest) return null;
  return linkBetween(plan.links, lines, orders) ?? null;
}
