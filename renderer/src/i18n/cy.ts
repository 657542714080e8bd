/** Welsh UI strings, split by screen like the English ones. */
import { data } from './cy/data.js';
import { importing } from './cy/importing.js';
import { segments } from './cy/segments.js';
import { shell } from './cy/shell.js';
import { value } from './cy/value.js';

export const cy = {
  ...shell,
  ...importing,
  ...data,
  ...segments,
  ...value,
} as const;
