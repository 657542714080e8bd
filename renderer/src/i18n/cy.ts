/** Welsh UI strings, split by screen like the English ones. */

import { changes } from './cy/changes.js';
import { data } from './cy/data.js';
import { importing } from './cy/importing.js';
import { importSet } from './cy/importSet.js';
import { plan } from './cy/plan.js';
import { predict } from './cy/predict.js';
import { qualityWhy } from './cy/qualityWhy.js';
import { report } from './cy/report.js';
import { segments } from './cy/segments.js';
import { shell } from './cy/shell.js';
import { templates } from './cy/templates.js';
import { value } from './cy/value.js';

export const cy = {
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
