/** Arabic UI strings, split by screen like the English ones. */

import { changes } from './ar/changes.js';
import { data } from './ar/data.js';
import { importing } from './ar/importing.js';
import { importSet } from './ar/importSet.js';
import { segments } from './ar/segments.js';
import { shell } from './ar/shell.js';
import { value } from './ar/value.js';

export const ar = {
  ...shell,
  ...importing,
  ...importSet,
  ...data,
  ...segments,
  ...value,
  ...changes,
} as const;
