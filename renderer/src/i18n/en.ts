/** English UI strings. Keys are grouped by the screen that shows them; {{name}} is interpolated. */

import { changes } from './en/changes.js';
import { data } from './en/data.js';
import { importing } from './en/importing.js';
import { importSet } from './en/importSet.js';
import { segments } from './en/segments.js';
import { shell } from './en/shell.js';
import { value } from './en/value.js';

export const en = {
  ...shell,
  ...importing,
  ...importSet,
  ...data,
  ...segments,
  ...value,
  ...changes,
} as const;
