/**
 * segwb report (issue "The workshop in four languages" §4) on the demo shop, through the package bin:
 * one self-contained HTML file per language that refers to nothing outside it and shows every saved
 * segment's customer count in the language's own digits; --segments; PDF through Chromium; clear errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/core/engine.js';
import { findChromium } from '../../electron/core/report/printPdf.js';
import { ensureBuilt, segwb } from '../support/cli.js';
import { tempDir } from '../support/session.js';

const RULES: Record<string, unknown> = {
  Loyal: { field: 'frequency', op: '>=', value: 3 },
  Lapsed: { field: 'recency_days', op: '>', value: 180 },
  'UK & DE': { field: 'country', op: 'in', value: ['United Kingdom', 'Germany'] },
};
/** The Intl locale of each language's digits, independent of the app's own table. */
const DIGITS: Record<string, string> = { en: 'en', fa: 'fa-IR-u-nu-arabext', ar: 'ar-EG-u-nu-arab', cy: 'cy' };

let dir = '';
let counts: Record<string, number> = {};

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  expect(segwb(['demo', '--project', 'shop.segwb'], dir).code).toBe(0);
  for (const [name, rule] of Object.entries(RULES)) {
    fs.writeFileSync(path.join(dir, 'rule.json'), JSON.stringify(rule));
    expect(segwb(['segment', 'save', '--project', 'shop.segwb', '--name', name, '--rule', 'rule.json'], dir).code).toBe(
      0,
    );
  }
  // A strategy plan on one segment (the app's form; the CLI has no flags for it).
  const engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  await engine.call('project/open', { path: path.join(dir, 'shop.segwb') });
  const saved = await engine.call('segments/save', {
    id: 1,
    name: 'Loyal',
    rule: RULES.Loyal as never,
    plan: { goal: 'Keep them buying', channel: 'Email', kpi: 'repeat rate', kpi_target: 40, due_date: '2027-03-21' },
  });
  expect(saved.ok).toBe(true);
  engine.close();
  const list = JSON.parse(segwb(['segment', 'list', '--project', 'shop.segwb', '--json'], dir).stdout) as Array<{
    name: string;
    customers: number;
  }>;
  counts = Object.fromEntries(list.map((s) => [s.name, s.customers]));
}, 120_000);

/** Every place an HTML file could pull something from elsewhere. */
function externalReferences(html: string): string[] {
  const found = [
    ...html.matchAll(/<(script|link|iframe|object|embed|img|base)\b[^>]*>/gi),
    ...html.matchAll(/\b(src|href|srcset|action|poster)\s*=\s*["']?[^"'\s>]+/gi),
    // url(#id) names a clip path inside the same SVG; any other url( would fetch something
    ...html.matchAll(/url\((?!#)|@import/gi),
  ].map((m) => m[0]);
  // An http address anywhere but the SVG namespaces (names, never fetched) counts too.
  const addresses = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/gi)]
    .map((m) => m[0])
    .filter((a) => a !== 'http://www.w3.org/2000/svg' && a !== 'http://www.w3.org/1999/xlink');
  return [...found, ...addresses];
}

describe('segwb report', () => {
  it('is listed in the help', () => {
    expect(segwb(['--help'], dir).stdout).toContain(
      'report --project P --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]',
    );
  });

  it.each(['en', 'fa', 'ar', 'cy'])(
    'writes a self-contained report in %s with every segment’s count in its digits',
    (lang) => {
      const out = `report-${lang}.html`;
      const r = segwb(['report', '--project', 'shop.segwb', '--out', out, '--lang', lang], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(`Wrote ${path.join(dir, out)}`);
      const html = fs.readFileSync(path.join(dir, out), 'utf8');
      const dirAttr = lang === 'fa' || lang === 'ar' ? 'rtl' : 'ltr';
      expect(html).toContain(`<html lang="${lang}" dir="${dirAttr}">`);
      expect(externalReferences(html)).toEqual([]);
      const shown = [...html.matchAll(/data-segment="([^"]+)".*?class="segment-customers">([^<]+)</gs)].map((m) => [
        m[1]?.replace(/&amp;/g, '&'),
        m[2],
      ]);
      expect(shown).toEqual(
        Object.keys(RULES).map((name) => [name, new Intl.NumberFormat(DIGITS[lang]).format(counts[name] ?? -1)]),
      );
      expect(html.match(/<svg /g)?.length).toBe(2); // the Pareto chart and the comparison chart
    },
  );

  it('words each rule and lays out the plan (English)', () => {
    const html = fs.readFileSync(path.join(dir, 'report-en.html'), 'utf8');
    expect(html).toContain('Customers who placed at least 3 orders');
    expect(html).toContain('Customers in United Kingdom or Germany');
    expect(html).toContain('<dt>Goal</dt><dd>Keep them buying</dd>');
    expect(html).toContain('<dt>KPI target</dt><dd>40</dd>');
    expect(html).toContain('<dt>Due date</dt><dd>Mar 21, 2027</dd>');
    expect(html).toContain('23% of customers bring 80% of revenue.');
  });

  it('covers only the segments named with --segments, in the project’s order', () => {
    const r = segwb(['report', '--project', 'shop.segwb', '--out', 'two.html', '--segments', 'uk & de, Loyal'], dir);
    expect(r.code).toBe(0);
    const html = fs.readFileSync(path.join(dir, 'two.html'), 'utf8');
    expect([...html.matchAll(/data-segment="([^"]+)"/g)].map((m) => m[1])).toEqual(['Loyal', 'UK &amp; DE']);
  });

  it('names a segment the project does not have, and writes nothing', () => {
    const r = segwb(['report', '--project', 'shop.segwb', '--out', 'none.html', '--segments', 'Loyal,Nope'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('segwb report: No saved segment is named "Nope".');
    expect(fs.existsSync(path.join(dir, 'none.html'))).toBe(false);
  });

  it('refuses a language it does not have, with exit 2', () => {
    const r = segwb(['report', '--project', 'shop.segwb', '--out', 'x.html', '--lang', 'de'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('segwb report: --lang must be en, fa, ar or cy, not "de"');
  });

  it('says how to get a PDF when no Chromium is found, and writes nothing', () => {
    const r = segwb(['report', '--project', 'shop.segwb', '--out', 'r.pdf'], dir, {
      SEGWB_CHROMIUM: '/nowhere/chromium',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Making a PDF needs Chromium or Google Chrome, and none was found.');
    expect(fs.existsSync(path.join(dir, 'r.pdf'))).toBe(false);
  });

  it.runIf(findChromium() !== null)('prints a PDF through Chromium (--out r.pdf)', () => {
    const r = segwb(['report', '--project', 'shop.segwb', '--out', 'r.pdf', '--lang', 'fa'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pdf = fs.readFileSync(path.join(dir, 'r.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('report/pdf', () => {
  it('refuses what is not a report, naming the parameter', async () => {
    const engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    const outcome = await engine.call('report/pdf', { html: '<script>x</script>', path: path.join(dir, 'x.pdf') });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toContain('expected the report as an HTML document');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    engine.close();
  });
});
