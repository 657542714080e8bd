/** Arabic UI strings, split by screen like the English ones. */

import { ENGINE_SENTENCES } from '../../../shared/i18n/engineSentences/index.js';
import { IMPORT_REASONS } from '../../../shared/i18n/importReasons.js';
import { changes } from './ar/changes.js';
import { data } from './ar/data.js';
import { database } from './ar/database.js';
import { dateField } from './ar/dateField.js';
import { discover } from './ar/discover.js';
import { history } from './ar/history.js';
import { importing } from './ar/importing.js';
import { importSet } from './ar/importSet.js';
import { lintWhy } from './ar/lintWhy.js';
import { plan } from './ar/plan.js';
import { predict } from './ar/predict.js';
import { qualityWhy } from './ar/qualityWhy.js';
import { report } from './ar/report.js';
import { segments } from './ar/segments.js';
import { shell } from './ar/shell.js';
import { templates } from './ar/templates.js';
import { theme } from './ar/theme.js';
import { value } from './ar/value.js';
import { workshop } from './ar/workshop.js';

export const ar = {
  ...shell,
  ...importing,
  ...importSet,
  ...data,
  ...segments,
  ...templates,
  ...plan,
  ...lintWhy,
  ...qualityWhy,
  ...report,
  ...value,
  ...theme,
  ...dateField,
  engineErrors: ENGINE_SENTENCES.ar,
  presetNames: IMPORT_REASONS.ar.presets,
  ...workshop,
  ...database,
  ...changes,
  ...discover,
  ...history,
  ...predict,
} as const;
