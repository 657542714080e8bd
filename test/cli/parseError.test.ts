/** node:util parseArgs' errors in the CLI's four languages, naming the option; English as Node words it. */
import { afterEach, describe, expect, it } from 'vitest';
import { type OptionSpec, parse, UsageError } from '../../electron/cli/args.js';
import { setCliLanguage } from '../../electron/cli/words/say.js';
import type { UiLanguage } from '../../shared/languages.js';

afterEach(() => setCliLanguage('en'));

const OPTIONS: OptionSpec = {
  project: { type: 'string' },
  sheet: { type: 'string', short: 's' },
  json: { type: 'boolean' },
};

function messageOf(lang: UiLanguage, args: string[]): string {
  setCliLanguage(lang);
  try {
    parse(args, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('parse accepted the arguments');
}

describe('parseArgs errors in the user language', () => {
  it('English keeps Node own sentences', () => {
    expect(messageOf('en', ['--nope'])).toBe(
      `Unknown option '--nope'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--nope"`,
    );
    expect(messageOf('en', ['--project'])).toBe("Option '--project <value>' argument missing");
    expect(messageOf('en', ['--json=yes'])).toBe("Option '--json' does not take an argument");
  });

  it('Persian', () => {
    expect(messageOf('fa', ['--nope'])).toBe(
      'گزینهٔ ناشناختهٔ «--nope». اگر آرگومانی با «-» شروع می‌شود، آن را پس از «--» در پایان فرمان بگذارید، مانند -- "--nope"',
    );
    expect(messageOf('fa', ['--project'])).toBe('گزینهٔ --project به یک مقدار نیاز دارد');
  });

  it('Arabic, naming the long option of one that has a short form', () => {
    expect(messageOf('ar', ['-s'])).toBe('الخيار --sheet يحتاج إلى قيمة');
    expect(messageOf('ar', ['--json=yes'])).toBe('الخيار --json لا يأخذ قيمة');
  });

  it('Welsh', () => {
    expect(messageOf('cy', ['-x'])).toBe(
      "Dewis anhysbys '-x'. I roi dadl sy’n dechrau â '-', rhowch hi ar ddiwedd y gorchymyn ar ôl '--', fel hyn: -- \"-x\"",
    );
    expect(messageOf('cy', ['--project'])).toBe('Mae angen gwerth ar y dewis --project');
  });
});
