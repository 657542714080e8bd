/**
 * The segment builder's e2e vocabulary: the demo shop's example rule and the waits for the live
 * count, shared by the builder's e2e files.
 */
import type { Locator, Page } from 'playwright-core';
import type { Rule } from '../../../shared/model/rules.js';

export const byTestId = (page: Page, id: string): Locator => page.getByTestId(id);
export const node = (page: Page, path: string): Locator => page.locator(`[data-node-path="${path}"]`).first();
export const en = (n: number): string => new Intl.NumberFormat('en').format(n);

export const COUNTRY: Rule = { field: 'country', op: 'in', value: ['United Kingdom', 'Germany'] };
export const AGE_OR_MOBILE: Rule = {
  or: [
    { field: 'age', op: 'between', value: [25, 44] },
    { field: 'device', op: 'in', value: ['mobile'] },
  ],
};
export const TWO_ORDERS: Rule = { orders: { within_last_days: 365 }, measure: 'count', op: '>=', value: 2 };
export const FULL_RULE: Rule = { and: [COUNTRY, AGE_OR_MOBILE, TWO_ORDERS] };
export const NAME = 'UK & DE, young or mobile, repeat';
export const STRATEGY = 'Loyalty email in English and German; a mobile-first offer for the second order.';

/** The segment's customer count once counting has settled. */
export async function settledCount(page: Page): Promise<string> {
  await byTestId(page, 'segment-counting').waitFor({ state: 'detached' });
  return (await byTestId(page, 'segment-count-customers').textContent()) ?? '';
}

/** Waits until the shown count differs from before (the debounced recount has answered). */
export async function countChangedFrom(page: Page, before: string): Promise<string> {
  await page.waitForFunction(
    (previous) => {
      const shown = document.querySelector('[data-testid="segment-count-customers"]')?.textContent;
      return !document.querySelector('[data-testid="segment-counting"]') && shown !== previous;
    },
    before,
    { timeout: 15_000 },
  );
  return settledCount(page);
}

export async function chooseValues(row: Locator, values: string[]): Promise<void> {
  await row.getByTestId('value-category').locator('summary').click();
  for (const value of values) {
    await row.getByTestId('value-option').filter({ hasText: value }).locator('input').check();
  }
  await row.getByTestId('value-category').locator('summary').click(); // fold the list away again
}
