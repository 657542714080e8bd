/** Persian UI strings, split by screen like the English ones. */

import { changes } from './fa/changes.js';
import { data } from './fa/data.js';
import { importing } from './fa/importing.js';
import { importSet } from './fa/importSet.js';
import { plan } from './fa/plan.js';
import { predict } from './fa/predict.js';
import { qualityWhy } from './fa/qualityWhy.js';
import { report } from './fa/report.js';
import { segments } from './fa/segments.js';
import { shell } from './fa/shell.js';
import { templates } from './fa/templates.js';
import { value } from './fa/value.js';

export const fa = {
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
