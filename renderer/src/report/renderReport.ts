/**
 * The report as one HTML document: <html lang dir> set for the language, the stylesheet inline, the
 * body rendered from ReportDocument. No script, no link, no remote image: the file opens anywhere,
 * offline, and prints as it shows.
 */
import type { TFunction } from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { REPORT_POLICY } from '../../../shared/contract/report.js';
import { directionOf } from '../i18n/direction.js';
import { ReportDocument } from './ReportDocument.js';
import type { ReportData } from './reportData.js';
import { REPORT_CSS } from './reportStyles.js';

export function renderReport(data: ReportData, t: TFunction, lang: string): string {
  const body = renderToStaticMarkup(createElement(ReportDocument, { data, t, lang }));
  const title = escapeHtml(`${t('report.title')} · ${data.project.name}`);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}" dir="${directionOf(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load from elsewhere, even if a value ever slipped markup through.
    REPORT_POLICY,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
