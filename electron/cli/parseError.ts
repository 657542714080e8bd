/**
 * node:util parseArgs speaks English only: its errors (an unknown option, an option without its
 * value or with one it does not take, a positional where none is allowed) are worded again here in
 * the run's language, naming the option. English keeps Node's own sentence, as the CLI always printed.
 */
import { cliLanguage, say } from './words/say.js';

/** The message of a parseArgs error in the run's language; any other error, its own message. */
export function parseErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (cliLanguage() === 'en' || typeof code !== 'string') return message;
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return say('parse.unknownOption', { option: quoted });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.endsWith('argument missing')
        ? say('parse.missingValue', { option: optionName(quoted) })
        : say('parse.takesNoValue', { option: optionName(quoted) });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return say('parse.unexpectedPositional', { value: quoted });
    default:
      return message;
  }
}

/** '-s, --sheet <value>' → '--sheet': the long name, as the user most likely typed it. */
function optionName(quoted: string): string {
  const long = /--[^\s,<]+/.exec(quoted)?.[0];
  return long ?? quoted.split(/[\s,]/)[0] ?? quoted;
}
