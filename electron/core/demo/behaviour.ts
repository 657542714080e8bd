/**
 * How a demo customer buys: never, once, or repeatedly at a heavy-tailed rate, possibly lapsing, with
 * favourite categories, a preferred channel and a taste for premium products. Drawn from the customer's
 * own random stream and tied to their attributes (happier customers buy more and stay longer, businesses
 * buy in bulk, e-mail and referral customers are loyal), so segments built on attributes differ in value.
 */
import { WINDOW_DAYS } from './calendar.js';
import { categoryIndex } from './catalog.js';
import { Rng } from './random.js';
import type { CustomerTraits, Industry, Interest } from './traits.js';

type BuyerKind = 'never' | 'once' | 'repeat';

interface Behaviour {
  readonly kind: BuyerKind;
  /** Relative order rate of a repeat buyer (scaled by the simulation to hit the target line count). */
  readonly rate: number;
  /** Real day (window offset) after which a repeat buyer stops buying; WINDOW_DAYS if they never lapse. */
  readonly lapseDay: number;
  /** Days from signup to the first order, for customers who sign up during the window. */
  readonly firstOrderDelay: number;
  readonly favourites: readonly [number, number];
  /** Index into CHANNELS. */
  readonly channel: number;
  /** Probability that a line is picked from the category's premium end. */
  readonly premium: number;
  /** Typical quantity of a business line; 0 for consumers. */
  readonly bulk: number;
}

export const CHANNELS = ['online', 'store', 'marketplace', 'phone'] as const;
export const CHANNEL_WEIGHTS = [55, 22, 15, 8];

const BEHAVIOUR_STREAM = 3;
const NEVER_ORDERS = 0.045;
const SATISFACTION_RATE = [0.55, 0.75, 1, 1.2, 1.45];
const BULK_BY_COMPANY_SIZE = [1.2, 1.8, 2.6, 3.6, 5];

const INTEREST_CATEGORY: Record<Interest, string> = {
  fashion: 'Fashion',
  sports: 'Sports & Outdoors',
  fitness: 'Sports & Outdoors',
  outdoors: 'Sports & Outdoors',
  technology: 'Electronics',
  gaming: 'Electronics',
  cooking: 'Grocery & Gourmet',
  home_decor: 'Home & Kitchen',
  gardening: 'Home & Kitchen',
  beauty: 'Beauty & Health',
  wellness: 'Beauty & Health',
  books: 'Books & Media',
  music: 'Books & Media',
  travel: 'Fashion',
  pets: 'Grocery & Gourmet',
  parenting: 'Home & Kitchen',
};

const INDUSTRY_CATEGORY: Record<Industry, string> = {
  retail: 'Fashion',
  hospitality: 'Grocery & Gourmet',
  healthcare: 'Beauty & Health',
  education: 'Books & Media',
  manufacturing: 'Home & Kitchen',
  construction: 'Home & Kitchen',
  technology: 'Electronics',
  professional_services: 'Electronics',
};

const OFFICE = categoryIndex('Office Supplies');

function favourites(rng: Rng, traits: CustomerTraits): [number, number] {
  if (traits.industry !== null) return [OFFICE, categoryIndex(INDUSTRY_CATEGORY[traits.industry])];
  const [first, second] = traits.interests;
  const a = categoryIndex(INTEREST_CATEGORY[first ?? 'cooking']);
  // Without a second interest: any consumer category (Office Supplies, the last, is for businesses).
  const b = second === undefined ? rng.int(0, OFFICE - 1) : categoryIndex(INTEREST_CATEGORY[second]);
  return [a, b];
}

function preferredChannel(rng: Rng, traits: CustomerTraits): number {
  if (traits.type === 'B2B') return rng.weightedIndex([50, 5, 5, 40]);
  if (traits.age < 30) return rng.weightedIndex([55, 10, 30, 5]);
  if (traits.age <= 55) return rng.weightedIndex([55, 25, 15, 5]);
  return rng.weightedIndex([35, 40, 10, 15]);
}

function oneTimeShare(traits: CustomerTraits): number {
  if (traits.type === 'B2B') return 0.15;
  let share = 0.27;
  if (traits.trafficSource === 'paid_search') share += 0.1;
  if (traits.trafficSource === 'email' || traits.trafficSource === 'referral') share -= 0.08;
  if (traits.satisfaction !== null && traits.satisfaction <= 2) share += 0.1;
  return share;
}

function repeatRate(rng: Rng, traits: CustomerTraits): number {
  let rate = rng.lognormal(0, 1);
  rate *= SATISFACTION_RATE[(traits.satisfaction ?? 3) - 1] ?? 1;
  if (traits.trafficSource === 'email' || traits.trafficSource === 'referral') rate *= 1.25;
  if (traits.lifestyle === 'convenience_seeker') rate *= 1.2;
  if (traits.lifestyle === 'budget_conscious') rate *= 0.85;
  if (traits.type === 'B2B') rate *= 1.3;
  return rate;
}

function lapseDay(rng: Rng, traits: CustomerTraits): number {
  const satisfaction = traits.satisfaction ?? 3;
  const lapses = satisfaction <= 2 ? 0.55 : satisfaction === 5 ? 0.2 : 0.32;
  if (!rng.chance(lapses)) return WINDOW_DAYS;
  return rng.uniform(Math.max(0, traits.signupDay) + 14, WINDOW_DAYS);
}

function premiumTaste(traits: CustomerTraits): number {
  if (traits.lifestyle === 'luxury') return 0.6;
  if (traits.lifestyle === 'budget_conscious') return 0.05;
  const ratio = (traits.income ?? traits.country.medianIncome) / traits.country.medianIncome;
  return Math.min(0.5, 0.1 + 0.12 * ratio);
}

export function customerBehaviour(seed: number, traits: CustomerTraits): Behaviour {
  const rng = new Rng(seed, traits.index, BEHAVIOUR_STREAM);
  const kind: BuyerKind = rng.chance(NEVER_ORDERS) ? 'never' : rng.chance(oneTimeShare(traits)) ? 'once' : 'repeat';
  const bulk = traits.type === 'B2B' ? (BULK_BY_COMPANY_SIZE[traits.companySize] ?? 1) * rng.lognormal(0, 0.4) : 0;
  return {
    kind,
    rate: repeatRate(rng, traits),
    lapseDay: lapseDay(rng, traits),
    firstOrderDelay: rng.exponential(6),
    favourites: favourites(rng, traits),
    channel: preferredChannel(rng, traits),
    premium: premiumTaste(traits),
    bulk,
  };
}
