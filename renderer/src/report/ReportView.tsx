/**
 * The Report view: the report the CLI writes (`segwb report`), previewed in the app, in any of the four
 * languages whatever the app's own, for all saved segments or the ones picked; saved as one HTML file,
 * or printed (the print dialog's "Save as PDF" makes the PDF).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentInfo } from '../../../shared/contract/segments.js';
import { api } from '../api/index.js';
import { saveReportPdf } from '../api/reportPdf.js';
import { segmentFileName } from '../api/segmentExport.js';
import { useLatestRequest } from '../api/useLatestRequest.js';
import { downloadUrl } from '../charts/chartExport.js';
import { isUiLanguage, LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '../i18n/locales.js';
import { ViewSection } from '../shell/ViewSection.js';
import { useStore } from '../store/index.js';
import { renderReport } from './renderReport.js';
import { gatherReport, type ReportData } from './reportData.js';

export function ReportView(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const id = useId();
  const project = useStore((s) => s.project);
  const segments = useStore((s) => s.segments);
  const segmentsStatus = useStore((s) => s.segmentsStatus);
  const loadSegments = useStore((s) => s.loadSegments);
  const reportError = useStore((s) => s.reportError);
  const [lang, setLang] = useState<UiLanguage>(isUiLanguage(i18n.language) ? i18n.language : 'en');
  const [left, setLeft] = useState<ReadonlySet<number>>(new Set());
  const [data, setData] = useState<ReportData | null>(null);
  const [loading, setLoading] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useLatestRequest();

  useEffect(() => {
    if (segmentsStatus === 'idle') void loadSegments();
  }, [segmentsStatus, loadSegments]);

  const chosen = useMemo(() => segments.filter((s) => !left.has(s.id)).map((s) => s.name), [segments, left]);

  // The figures are asked of the engine when the data or the chosen segments change; another
  // language only words the same figures again.
  useEffect(() => {
    if (!project) return;
    setLoading(true);
    void latest.run(() => gatherReport(api.call, left.size === 0 ? {} : { segments: chosen }), {
      onResult: (gathered) => {
        setData(gathered);
        setLoading(false);
      },
      onError: (error) => {
        setLoading(false);
        reportError(error);
      },
    });
  }, [project, left, chosen, latest, reportError]);
  const html = useMemo(() => (data ? renderReport(data, i18n.getFixedT(lang), lang) : null), [data, lang, i18n]);

  const toggle = (segment: SegmentInfo) => {
    const next = new Set(left);
    if (next.has(segment.id)) next.delete(segment.id);
    else next.add(segment.id);
    setLeft(next);
  };

  const [printing, setPrinting] = useState(false);
  const savePdf = () => {
    if (!html || !project) return;
    setPrinting(true);
    void saveReportPdf(html, segmentFileName(`${project.name} report ${lang}`, 'pdf'))
      .catch(reportError)
      .finally(() => setPrinting(false));
  };

  const saveHtml = () => {
    if (!html || !project) return;
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    downloadUrl(url, segmentFileName(`${project.name} report ${lang}`, 'html'));
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <ViewSection name="report" title={t('report.save.title')} loading={loading} loadingText={t('report.save.making')}>
      <p className="muted">{t('report.save.lead')}</p>
      <div className="report-controls">
        <label htmlFor={`${id}-lang`} className="field-label">
          {t('language.label')}
        </label>
        <select
          id={`${id}-lang`}
          className="input input-small"
          value={lang}
          data-testid="report-lang"
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isUiLanguage(value)) setLang(value);
          }}
        >
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-primary" disabled={!html} onClick={saveHtml} data-testid="report-html">
          {t('report.save.html')}
        </button>
        <button type="button" className="btn" disabled={!html || printing} onClick={savePdf} data-testid="report-pdf">
          {printing ? t('report.save.printing') : t('report.save.pdf')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!html}
          onClick={() => frame.current?.contentWindow?.print()}
          data-testid="report-print"
        >
          {t('report.save.print')}
        </button>
      </div>
      {segments.length > 0 && (
        <fieldset className="report-segments" data-testid="report-segments">
          <legend className="section-title">{t('report.save.segments')}</legend>
          {segments.map((s) => (
            <label key={s.id} className="compare-choice">
              <input type="checkbox" checked={!left.has(s.id)} onChange={() => toggle(s)} />
              <span>{s.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      {html && (
        <iframe
          ref={frame}
          className="report-preview"
          title={t('report.save.preview')}
          // no scripts: the report has none; same origin so "Print…" can reach the frame's print()
          sandbox="allow-same-origin allow-modals"
          srcDoc={html}
          data-testid="report-preview"
        />
      )}
    </ViewSection>
  );
}
