/**
 * The language of the CLI's messages: a --lang flag, else the locale of the environment as POSIX
 * orders it (LC_ALL over LC_MESSAGES over LANG; fa_IR.UTF-8 → fa), else English.
 */
import type { UiLanguage } from '../../../shared/languages.js';
import { asCliLanguage } from './say.js';

export interface LanguageChoice {
  /** The language picked, or the --lang value the CLI does not speak. */
  lang: UiLanguage | { unknown: string };
  /** The arguments without the --lang flag (kept when the command reads --lang itself). */
  args: string[];
}

/**
 * `keepFlag`: the command takes --lang as an option of its own (segwb report: the language of the
 * deliverable, which may not be the user's): the flag is left to it, and the messages follow the locale.
 */
export function chooseLanguage(args: string[], env: NodeJS.ProcessEnv, keepFlag: boolean): LanguageChoice {
  const rest: string[] = [];
  let flag: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--lang' && i + 1 < args.length) {
      flag = args[i + 1];
      if (keepFlag) rest.push(arg, flag as string);
      i++;
    } else if (arg.startsWith('--lang=')) {
      flag = arg.slice('--lang='.length);
      if (keepFlag) rest.push(arg);
    } else rest.push(arg);
  }
  if (flag !== undefined && !keepFlag) return { lang: asCliLanguage(flag) ?? { unknown: flag }, args: rest };
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return { lang: (locale && asCliLanguage(locale)) || 'en', args: rest };
}
