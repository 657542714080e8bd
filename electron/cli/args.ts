/** Command-line parsing shared by the segwb commands (node:util parseArgs; no extra dependency). */
import { parseArgs } from 'node:util';
import { WorkbenchError } from '../../shared/errors.js';
import { parseErrorText } from './parseError.js';
import { say } from './words/say.js';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parse(args: string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    throw new UsageError(parseErrorText(error));
  }
}

/** A mistake in how the command was typed: exit code 2 and the command's usage. */
/** The command was given wrong: exit 2 with the message (and the command's usage, unless it would not help). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

export function requireString(values: Parsed['values'], name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(say('common.required', { name }));
  return value;
}

export function optionalInt(values: Parsed['values'], name: string): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(say('common.wholeNumber', { name, value: String(value) }));
  return n;
}

export function fail(message: string): never {
  throw new WorkbenchError('INVALID_PARAMS', message);
}
