/**
 * Unit prices of the demo products: about 3% up every half-year, 15% off promoted categories in
 * Black Friday week, rounded to shop-like endings (19.99, 249.00). Precomputed as text, so the hot
 * loop that writes a million lines never formats a number.
 */
import { calendar, PRICE_PERIODS } from './calendar.js';
import { categories, products } from './catalog.js';

const HALF_YEAR_INCREASE = 0.03;
const PROMO_DISCOUNT = 0.15;

function shopPrice(raw: number): number {
  return raw < 100 ? Math.max(0.99, Math.round(raw) - 0.01) : Math.round(raw);
}

/** Index: (product * PRICE_PERIODS + period) * 2 + promo. */
const priceText: string[] = [];
for (const product of products) {
  const promoted = categories[product.category]?.promoted ?? false;
  for (let period = 0; period < PRICE_PERIODS; period++) {
    const regular =
      period === 0 ? product.basePrice : shopPrice(product.basePrice * (1 + HALF_YEAR_INCREASE) ** period);
    const promo = promoted ? shopPrice(regular * (1 - PROMO_DISCOUNT)) : regular;
    priceText.push(regular.toFixed(2), promo.toFixed(2));
  }
}

/** The unit price of a product on a day of the order window, as written in orders.csv. */
export function unitPrice(productIndex: number, day: number): string {
  const period = calendar.period[day] ?? 0;
  const promo = calendar.promo[day] ?? 0;
  return priceText[(productIndex * PRICE_PERIODS + period) * 2 + promo] as string;
}
