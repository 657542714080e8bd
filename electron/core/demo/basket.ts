/**
 * What goes into one demo order: how many lines, which products (mostly from the customer's favourite
 * categories, premium shoppers leaning to the expensive end) and how many of each (businesses in bulk).
 */

import type { Buyers } from './buyers.js';
import { businessCategories, categories, consumerCategories, products } from './catalog.js';
import { type Rng, weightedTable } from './random.js';

const CONSUMER_LINE_WEIGHTS = [50, 26, 13, 7, 4];
const BUSINESS_LINE_WEIGHTS = [25, 25, 20, 15, 15];
const CONSUMER_QUANTITY_WEIGHTS = [84, 12, 3, 1];
const FAVOURITE_SHARE = 0.55;

function meanLines(weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.reduce((sum, w, k) => sum + w * (k + 1), 0) / total;
}

// Cumulative tables: these picks run once per line, a million times for the benchmark file.
const consumerLines = weightedTable(CONSUMER_LINE_WEIGHTS, CONSUMER_LINE_WEIGHTS).cumulative;
const businessLines = weightedTable(BUSINESS_LINE_WEIGHTS, BUSINESS_LINE_WEIGHTS).cumulative;
const consumerQuantities = weightedTable(CONSUMER_QUANTITY_WEIGHTS, CONSUMER_QUANTITY_WEIGHTS).cumulative;

export const MEAN_LINES_CONSUMER = meanLines(CONSUMER_LINE_WEIGHTS);
export const MEAN_LINES_BUSINESS = meanLines(BUSINESS_LINE_WEIGHTS);

export function drawLineCount(rng: Rng, business: boolean): number {
  return 1 + rng.pickIndex(business ? businessLines : consumerLines);
}

export function drawProduct(rng: Rng, buyers: Buyers, customer: number): number {
  let category: number;
  if (rng.chance(FAVOURITE_SHARE)) {
    category = rng.chance(0.7) ? (buyers.favourite[customer] ?? 0) : (buyers.second[customer] ?? 0);
  } else {
    category = rng.pickIndex(buyers.business[customer] === 1 ? businessCategories : consumerCategories);
  }
  const shelf = categories[category];
  if (shelf === undefined) throw new Error(`No demo category ${category}`);
  return rng.pickWeighted(rng.chance(buyers.premium[customer] ?? 0) ? shelf.premium : shelf.popular).index;
}

export function drawQuantity(rng: Rng, buyers: Buyers, customer: number, product: number): number {
  const bulk = buyers.bulk[customer] ?? 0;
  if (bulk > 0) return Math.max(1, Math.round(bulk * rng.lognormal(0, 0.6)));
  const cheap = (products[product]?.basePrice ?? 0) < 20;
  // Consumables are bought a few at a time.
  return 1 + rng.pickIndex(consumerQuantities) + (cheap && rng.chance(0.3) ? 1 : 0);
}

export function returnRate(product: number): number {
  return categories[products[product]?.category ?? 0]?.returnRate ?? 0;
}
