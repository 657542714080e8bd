/** English UI strings. Keys are grouped by the screen that shows them; {{name}} is interpolated. */

import { changes } from './en/changes.js';
import { data } from './en/data.js';
import { importing } from './en/importing.js';
import { importSet } from './en/importSet.js';
import { plan } from './en/plan.js';
import { predict } from './en/predict.js';
import { qualityWhy } from './en/qualityWhy.js';
import { report } from './en/report.js';
import { segments } from './en/segments.js';
import { shell } from './en/shell.js';
import { templates } from './en/templates.js';
import { value } from './en/value.js';

export const en = {
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
