/** Persian UI strings, split by screen like the English ones. */

import { ENGINE_SENTENCES } from '../../../shared/i18n/engineSentences/index.js';
import { IMPORT_REASONS } from '../../../shared/i18n/importReasons.js';
import { changes } from './fa/changes.js';
import { data } from './fa/data.js';
import { database } from './fa/database.js';
import { dateField } from './fa/dateField.js';
import { discover } from './fa/discover.js';
import { history } from './fa/history.js';
import { importing } from './fa/importing.js';
import { importSet } from './fa/importSet.js';
import { lintWhy } from './fa/lintWhy.js';
import { plan } from './fa/plan.js';
import { predict } from './fa/predict.js';
import { qualityWhy } from './fa/qualityWhy.js';
import { report } from './fa/report.js';
import { segments } from './fa/segments.js';
import { shell } from './fa/shell.js';
import { templates } from './fa/templates.js';
import { theme } from './fa/theme.js';
import { value } from './fa/value.js';
import { workshop } from './fa/workshop.js';

export const fa = {
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
  engineErrors: ENGINE_SENTENCES.fa,
  presetNames: IMPORT_REASONS.fa.presets,
  ...workshop,
  ...database,
  ...changes,
  ...discover,
  ...history,
  ...predict,
} as const;
