/**
 * Accessibility checks with axe-core inside the page under test: WCAG 2.1 A and AA rules, and only
 * the serious and critical findings, each as one readable line, so a test can expect an empty list.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './paths.js';

const AXE_SCRIPT = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** The WCAG 2.1 AA level: every A and AA rule of WCAG 2.0 and 2.1. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** The part of an axe result this check reads (axe.run's result has more). */
interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Loads axe into the page once. Not page.addScriptTag: that adds an inline <script>, which the app's
 * Content Security Policy (script-src 'self') rightly blocks; an evaluation from the test driver is not
 * subject to it, so the page is checked with its real policy in force.
 */
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(fs.readFileSync(AXE_SCRIPT, 'utf8'));
}

/** One line per failing element: rule, impact, where, and axe's own account of why. */
function describeViolation(violation: AxeViolation): string[] {
  return violation.nodes.map((node) => {
    const where = node.target.map((part) => String(part)).join(' > ');
    const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
    return `${violation.id} (${violation.impact}) at ${where}: ${why}`;
  });
}

/**
 * Runs axe on the whole page as it is now and returns its serious and critical violations
 * (empty when the page meets WCAG 2.1 AA as far as axe can tell).
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(
    async (tags) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<unknown> } }).axe;
      const result = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
        violations: AxeViolation[];
      };
      // Only what crosses back is kept: ids, impacts, targets and summaries.
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    [...WCAG_21_AA_TAGS],
  );
  return violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? '')).flatMap(describeViolation);
}
