/**
 * What an import of several files refuses before it reads a row, in words that say what to do.
 * The preview shows the same sentences, so the wizard can keep Import disabled.
 */
import type { SetLinkPreview } from '../../../../shared/model/importSet.js';
import type { DatasetKind } from '../../../../shared/model/roles.js';
import type { PlannedFile } from './planSet.js';
import { notEventsRefusal } from './setEvents.js';

/** Kinds a set holds at most one file of (lookups may be many). */
const ONE_EACH: readonly DatasetKind[] = [
  'customers',
  'orders',
  'order_lines',
  'products',
  'payments',
  'reviews',
  'events',
];

export function setRefusals(files: readonly PlannedFile[], links: readonly SetLinkPreview[]): string[] {
  const refusals: string[] = [];
  const ofKind = (kind: DatasetKind) => files.filter((f) => f.kind === kind);
  for (const kind of ONE_EACH) {
    const same = ofKind(kind);
    if (same.length > 1) {
      refusals.push(
        `${same.map((f) => f.name).join(' and ')} are all ${kind}: one file of each kind can be imported at a time. Choose another kind for one of them, or import them separately.`,
      );
    }
  }
  for (const f of ofKind('events')) {
    const refusal = notEventsRefusal(f);
    if (refusal) refusals.push(refusal);
  }
  const orders = ofKind('orders')[0];
  if (!orders && !ofKind('customers')[0] && !ofKind('events')[0]) {
    refusals.push(
      'None of the files holds orders, customers or events: add the orders file (or the customers or events file).',
    );
  }
  for (const kind of ['order_lines', 'payments', 'reviews'] as const) {
    for (const f of ofKind(kind)) {
      if (!orders) {
        refusals.push(
          `${f.name} holds ${kind.replace('_', ' ')} but no file holds the orders they belong to: add the orders file.`,
        );
      } else if (!links.some((l) => l.from.file === f.name && l.to.file === orders.name)) {
        refusals.push(
          `No column of ${f.name} was found to point to the orders of ${orders.name}: link them, e.g. --link "${f.name}.order_id=${orders.name}.order_id".`,
        );
      }
    }
  }
  for (const f of files) {
    if (f.kind === 'orders' || f.kind === 'customers') {
      for (const refusal of f.preview.refusals) {
        // An orders file whose amount comes from its lines or payments needs no amount of its own.
        if (f.kind === 'orders' && refusal.includes('amount column') && hasAmountElsewhere(files)) continue;
        refusals.push(refusal);
      }
    }
  }
  return refusals;
}

function hasAmountElsewhere(files: readonly PlannedFile[]): boolean {
  return files.some((f) => f.kind === 'order_lines' || f.kind === 'payments');
}
