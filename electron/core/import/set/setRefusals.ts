/**
 * What an import of several files refuses before it reads a row, in words that say what to do.
 * The preview shows the same sentences, so the wizard can keep Import disabled; each comes with its
 * wording (shared/errorWording.ts) for the app to show it in the user's language.
 */
import { type ErrorWording, worded } from '../../../../shared/errorWording.js';
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

/** A refusal in English (the CLI's --json and the error message) and its wording; null: a sentence without one. */
export interface SetRefusal {
  text: string;
  wording: ErrorWording | null;
}

export function setRefusals(files: readonly PlannedFile[], links: readonly SetLinkPreview[]): SetRefusal[] {
  const refusals: SetRefusal[] = [];
  const refuse = (text: string, wording: { wording: ErrorWording }) => refusals.push({ text, ...wording });
  const ofKind = (kind: DatasetKind) => files.filter((f) => f.kind === kind);
  for (const kind of ONE_EACH) {
    const same = ofKind(kind);
    if (same.length > 1) {
      refuse(
        `${same.map((f) => f.name).join(' and ')} are all ${kind}: one file of each kind can be imported at a time. Choose another kind for one of them, or import them separately.`,
        worded('same_kind_files', { names: same.map((f) => f.name).join(', '), kind }),
      );
    }
  }
  for (const f of ofKind('events')) {
    const refusal = notEventsRefusal(f);
    if (refusal) refusals.push(refusal);
  }
  const orders = ofKind('orders')[0];
  if (!orders && !ofKind('customers')[0] && !ofKind('events')[0]) {
    refuse(
      'None of the files holds orders, customers or events: add the orders file (or the customers or events file).',
      worded('no_main_file'),
    );
  }
  for (const kind of ['order_lines', 'payments', 'reviews'] as const) {
    for (const f of ofKind(kind)) {
      if (!orders) {
        refuse(
          `${f.name} holds ${kind.replace('_', ' ')} but no file holds the orders they belong to: add the orders file.`,
          worded('no_orders_for', { name: f.name, kind }),
        );
      } else if (!links.some((l) => l.from.file === f.name && l.to.file === orders.name)) {
        refuse(
          `No column of ${f.name} was found to point to the orders of ${orders.name}: link them, e.g. --link "${f.name}.order_id=${orders.name}.order_id".`,
          worded('no_link_to_orders', { name: f.name, orders: orders.name }),
        );
      }
    }
  }
  for (const f of files) {
    if (f.kind === 'orders' || f.kind === 'customers') {
      f.preview.refusals.forEach((text, i) => {
        const wording = f.preview.refusalWordings?.[i] ?? null;
        // An orders file whose amount comes from its lines or payments needs no amount of its own.
        const noAmount = wording ? wording.key === 'no_amount_column' : text.includes('amount column');
        if (f.kind === 'orders' && noAmount && hasAmountElsewhere(files)) return;
        refusals.push({ text, wording });
      });
    }
  }
  return refusals;
}

function hasAmountElsewhere(files: readonly PlannedFile[]): boolean {
  return files.some((f) => f.kind === 'order_lines' || f.kind === 'payments');
}
