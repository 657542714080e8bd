/** Arabic UI strings, split by screen like the English ones. */

import { changes } from './ar/changes.js';
import { data } from './ar/data.js';
import { importing } from './ar/importing.js';
import { importSet } from './ar/importSet.js';
import { plan } from './ar/plan.js';
import { predict } from './ar/predict.js';
import { qualityWhy } from './ar/qualityWhy.js';
import { report } from './ar/report.js';
import { segments } from './ar/segments.js';
import { shell } from './ar/shell.js';
import { templates } from './ar/templates.js';
import { value } from './ar/value.js';

export const ar = {
  ...shell,
  ...importing,
  ...importSet,
  ...data,
  ...segments,
  ...templates,
  ...plan,
  ...qualityWhy,
  ...report,
  ...value,
  ...changes,
  ...predict,
} as const;
