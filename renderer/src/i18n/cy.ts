/** Welsh UI strings, split by screen like the English ones. */

import { ENGINE_SENTENCES } from '../../../shared/i18n/engineSentences/index.js';
import { IMPORT_REASONS } from '../../../shared/i18n/importReasons.js';
import { changes } from './cy/changes.js';
import { data } from './cy/data.js';
import { database } from './cy/database.js';
import { dateField } from './cy/dateField.js';
import { discover } from './cy/discover.js';
import { history } from './cy/history.js';
import { importing } from './cy/importing.js';
import { importSet } from './cy/importSet.js';
import { lintWhy } from './cy/lintWhy.js';
import { plan } from './cy/plan.js';
import { predict } from './cy/predict.js';
import { qualityWhy } from './cy/qualityWhy.js';
import { report } from './cy/report.js';
import { segments } from './cy/segments.js';
import { shell } from './cy/shell.js';
import { templates } from './cy/templates.js';
import { theme } from './cy/theme.js';
import { value } from './cy/value.js';
import { workshop } from './cy/workshop.js';

export const cy = {
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
  engineErrors: ENGINE_SENTENCES.cy,
  presetNames: IMPORT_REASONS.cy.presets,
  ...workshop,
  ...database,
  ...changes,
  ...discover,
  ...history,
  ...predict,
} as const;
