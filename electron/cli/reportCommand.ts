/**
 * segwb report (issue "The workshop in four languages" §4), exact:
 * segwb report --project P --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
 * The HTML is made by the report bundle (the renderer's own report code built for Node), so the file
 * is the report the app previews; PDF goes through a Chromium on this machine (core/report/printPdf.ts).
 */
import path from 'node:path';
import { isUiLanguage } from '../../shared/languages.js';
import { writeAtomically } from '../core/files/writeAtomically.js';
import { printPdf } from '../core/report/printPdf.js';
import { parse, requireString, UsageError } from './args.js';
import { loadReportBundle } from './reportBundle.js';
import { cliEngine, invoke, openProject } from './session.js';
import { say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const reportUsage = `Usage: segwb report --project P.segwb --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
  The project as one document to hand over: the data, the 80/20 figures and chart, the RFM summary,
  each saved segment (its rule in words, size, revenue, scorecard and strategy plan), the comparison
  table and chart, the overlap, and the movement between RFM segments over the last six months.
  HTML is one self-contained file (no request leaves it); PDF is printed by Chromium or Chrome
  when one is installed. --format defaults to the extension of --out; --lang to English;
  --segments to every saved segment.`;

export async function reportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    segments: { type: 'string' },
    format: { type: 'string' },
  });
  if (values.help) {
    console.log(usageText('report', reportUsage));
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(say('common.unexpected', { value: String(positionals[0]) }));
  const project = requireString(values, 'project');
  const out = requireString(values, 'out');
  const lang = typeof values.lang === 'string' ? values.lang.toLowerCase() : 'en';
  if (!isUiLanguage(lang)) throw new UsageError(say('common.badLanguage', { value: String(values.lang) }));
  const format = values.format ?? (path.extname(out).toLowerCase() === '.pdf' ? 'pdf' : 'html');
  if (format !== 'html' && format !== 'pdf') throw new UsageError(say('usage.reportFormat', { value: String(format) }));
  const segments =
    typeof values.segments === 'string'
      ? values.segments
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;

  const { buildReportHtml } = await loadReportBundle();
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const html = await buildReportHtml((method, params) => invoke(engine, method, params), lang, { segments });
    if (format === 'pdf') await printPdf(html, out);
    else writeAtomically(out, html);
    console.log(say('more.wrote', { file: path.resolve(out) }));
    return 0;
  } finally {
    engine.close();
  }
}
