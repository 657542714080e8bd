/** English UI strings. Keys are grouped by the screen that shows them; {{name}} is interpolated. */

import { ENGINE_SENTENCES } from '../../../shared/i18n/engineSentences/index.js';
import { IMPORT_REASONS } from '../../../shared/i18n/importReasons.js';
import { changes } from './en/changes.js';
import { data } from './en/data.js';
import { database } from './en/database.js';
import { dateField } from './en/dateField.js';
import { discover } from './en/discover.js';
import { history } from './en/history.js';
import { importing } from './en/importing.js';
import { importSet } from './en/importSet.js';
import { lintWhy } from './en/lintWhy.js';
import { plan } from './en/plan.js';
import { predict } from './en/predict.js';
import { qualityWhy } from './en/qualityWhy.js';
import { report } from './en/report.js';
import { segments } from './en/segments.js';
import { shell } from './en/shell.js';
import { templates } from './en/templates.js';
import { theme } from './en/theme.js';
import { value } from './en/value.js';
import { workshop } from './en/workshop.js';

export const en = {
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
  engineErrors: ENGINE_SENTENCES.en,
  presetNames: IMPORT_REASONS.en.presets,
  ...workshop,
  ...database,
  ...changes,
  ...discover,
  ...history,
  ...predict,
} as const;
