/** Persian UI strings, split by screen like the English ones. */

import { changes } from './fa/changes.js';
import { data } from './fa/data.js';
import { importing } from './fa/importing.js';
import { importSet } from './fa/importSet.js';
import { segments } from './fa/segments.js';
import { shell } from './fa/shell.js';
import { value } from './fa/value.js';

export const fa = {
  ...shell,
  ...importing,
  ...importSet,
  ...data,
  ...segments,
  ...value,
  ...changes,
} as const;
