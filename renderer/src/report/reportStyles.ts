/**
 * The report's stylesheet, inlined in its <style> so the file needs nothing beside it. Logical
 * properties (margin-inline, text-align: start) so the same rules lay it out right to left in fa and
 * ar; print rules keep a segment and a table row from breaking across pages.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Tahoma, sans-serif;
  color: #1f2937; background: #fff; line-height: 1.5; font-size: 14px; }
.report { max-width: 960px; margin-inline: auto; padding: 32px 24px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 10px; padding-block-end: 4px; border-block-end: 2px solid #2f54eb; }
h3 { font-size: 16px; margin: 20px 0 6px; display: flex; align-items: center; gap: 8px; }
h4 { font-size: 14px; margin: 12px 0 4px; }
.lead { font-size: 16px; margin: 0; }
.muted { color: #6b7280; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #e5e7eb; padding: 5px 8px; text-align: start; vertical-align: top; }
thead th { background: #f3f4f6; }
td { text-align: end; }
table.migration { font-size: 12px; table-layout: fixed; }
table.migration th { hyphens: auto; }
td.diagonal { background: #eef2ff; font-weight: 600; }
.figures { display: flex; flex-wrap: wrap; gap: 10px 28px; margin: 8px 0; }
.figures div { min-width: 120px; }
.figures dt { color: #6b7280; font-size: 12px; }
.figures dd { margin: 0; font-size: 18px; font-weight: 600; }
.plan { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 4px 0; }
.plan div { display: contents; }
.plan dt { color: #6b7280; }
.plan dd { margin: 0; unicode-bidi: plaintext; }
.note { white-space: pre-wrap; unicode-bidi: plaintext; }
.rule { background: #f9fafb; border-inline-start: 3px solid #2f54eb; padding: 8px 12px; }
.segment { border: 1px solid #e5e7eb; border-radius: 8px; padding: 4px 16px 12px; margin: 12px 0; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
.scorecard { list-style: none; padding: 0; margin: 4px 0; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 600; }
.badge-pass { background: #dcfce7; color: #166534; }
.badge-warn { background: #fef3c7; color: #92400e; }
/* the option itself mirrors the chart for rtl; inherited rtl would also flip every SVG text anchor */
.chart { margin: 8px 0; direction: ltr; }
.chart svg { max-width: 100%; height: auto; }
/* each label finds its own direction: "۱٫۵ میلیون" reads right to left inside the ltr chart */
.chart text { unicode-bidi: plaintext; }
@media print {
  .report { padding: 0; max-width: none; }
  .segment, tr, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;
