/**
 * Name, email and phone of a demo customer, from a random stream of their own: the order simulation
 * never needs them, so it never pays for them. Some emails and phones are missing, as in real exports.
 * Addresses use the reserved example.* domains so no real mailbox can be hit.
 */
import { asciiFold, names } from './names.js';
import { Rng } from './random.js';
import type { CustomerTraits } from './traits.js';

export interface Contact {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone: string;
}

const CONTACT_STREAM = 2;
const DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example.com'];
const MISSING_EMAIL = 0.06;
const MISSING_PHONE = 0.09;

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

function email(rng: Rng, first: string, last: string, traits: CustomerTraits): string {
  const f = asciiFold(first);
  const l = asciiFold(last);
  // The customer number keeps addresses unique, as a real shop's would be.
  const n = traits.index + 1;
  if (traits.type === 'B2B')
    return `${f}.${l}.${n}@${l}-${(traits.industry ?? 'company').replace('_', '-')}.example.com`;
  const domain = rng.pick(DOMAINS);
  switch (rng.int(0, 2)) {
    case 0:
      return `${f}.${l}${n}@${domain}`;
    case 1:
      return `${f.charAt(0)}${l}${n}@${domain}`;
    default:
      return `${f}_${n}@${domain}`;
  }
}

export function customerContact(seed: number, traits: CustomerTraits): Contact {
  const rng = new Rng(seed, traits.index, CONTACT_STREAM);
  const list = names[traits.country.nameGroup];
  const female = traits.gender === 'female' || (traits.gender !== 'male' && rng.chance(0.5));
  const firstName = rng.pick(female ? list.female : list.male);
  const lastName = rng.pick(list.last);
  const address = email(rng, firstName, lastName, traits);
  const phone = `${traits.country.phoneCode} ${digits(rng, 3)} ${digits(rng, 7)}`;
  return {
    firstName,
    lastName,
    email: rng.chance(MISSING_EMAIL) ? '' : address,
    phone: rng.chance(MISSING_PHONE) ? '' : phone,
  };
}
