/**
 * Entry of the report bundle for Node (vite.report.config.ts → dist/report/buildReport.js), used by
 * `segwb report`: asks the engine for the figures, renders them in the chosen language.
 */
import i18next from 'i18next';
import type { BuildReportHtml } from '../../../shared/report.js';
import { nativeDigitsFormatter, resources } from '../i18n/resources.js';
import { renderReport } from './renderReport.js';
import { gatherReport } from './reportData.js';

export const buildReportHtml: BuildReportHtml = async (call, lang, options = {}) => {
  const i18n = i18next.createInstance();
  await i18n.use(nativeDigitsFormatter).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes
    returnNull: false,
  });
  return renderReport(await gatherReport(call, options), i18n.t, lang);
};
