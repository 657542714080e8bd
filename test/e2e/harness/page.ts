/** Helpers that look at or talk through the page under test. */
import type { Page } from 'playwright-core';

/** Calls the engine through the page's own HTTP API, with the run's token (as the renderer does). */
export async function callEngine<T>(page: Page, token: string, method: string, params: unknown): Promise<T> {
  const outcome = await page.evaluate(
    async ([m, p, t]) => {
      const response = await fetch(`/api/call/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-segwb-token': t },
        body: JSON.stringify(p),
      });
      return response.json();
    },
    [method, params, token] as const,
  );
  if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
  return outcome.result as T;
}

/** True when the canvas inside the element with this test id has drawn something (not all transparent). */
export async function canvasHasPixels(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => {
    const canvas = element.querySelector('canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!data) return false;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
    return false;
  });
}
