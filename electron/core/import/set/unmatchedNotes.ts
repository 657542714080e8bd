/**
 * What each link's misses mean, in a sentence each: how many key values of the pointing file are not
 * in the other file, a few of them, and what becomes of their rows. The sentence is English (the CLI's
 * --json and scripts read it); its wording lets the app and the CLI say it in the user's language.
 */
import { type ErrorWording, type ErrorWordingKey, worded } from '../../../../shared/errorWording.js';
import type { SetLinkReport } from '../../../../shared/model/importSet.js';
import type { SetPlan } from './planSet.js';

interface Consequence {
  text: string;
  key: ErrorWordingKey;
}

export function unmatchedNotes(
  links: readonly SetLinkReport[],
  plan: SetPlan,
): { notes: string[]; noteWordings: ErrorWording[] } {
  const kindOf = (name: string) => plan.files.find((f) => f.name === name)?.kind;
  const notes: string[] = [];
  const noteWordings: ErrorWording[] = [];
  for (const l of links.filter((link) => link.unmatched > 0)) {
    const fromFile = l.from.slice(0, l.from.lastIndexOf('.', l.from.length - 1));
    const [fromName] = plan.files.filter((f) => l.from.startsWith(`${f.name}.`)).map((f) => f.name);
    const [toName] = plan.files.filter((f) => l.to.startsWith(`${f.name}.`)).map((f) => f.name);
    const total = l.matched + l.unmatched;
    const what = consequence(kindOf(fromName ?? fromFile), kindOf(toName ?? ''));
    const examples = l.unmatchedExamples.map((e) => `"${e}"`).join(', ');
    notes.push(
      `${l.unmatched.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} values of ${l.from} are not in ${l.to} (e.g. ${examples}): ${what.text}`,
    );
    noteWordings.push(worded(what.key, { unmatched: l.unmatched, total, from: l.from, to: l.to, examples }).wording);
  }
  return { notes, noteWordings };
}

function consequence(from: string | undefined, to: string | undefined): Consequence {
  if (to === 'customers') {
    return {
      text: 'their orders are imported; those customers have no attributes from the customers file.',
      key: 'unmatched_customers',
    };
  }
  if (to === 'products') return { text: 'those lines are imported without product fields.', key: 'unmatched_products' };
  if (to === 'lookup') return { text: 'those rows get no values from the lookup table.', key: 'unmatched_lookup' };
  if (from === 'order_lines') {
    return {
      text: 'those lines are left out: without their order they have no customer and no date.',
      key: 'unmatched_lines',
    };
  }
  if (from === 'payments') return { text: 'those payments count towards no order.', key: 'unmatched_payments' };
  return { text: 'those rows belong to no imported order.', key: 'unmatched_orders' };
}
