import { describe, expect, it } from 'vitest';
import { wordedMessage } from '../../../renderer/src/shell/wordedMessage.js';
import { worded } from '../../../shared/errorWording.js';
import { languageT } from '../i18nForTests.js';

const error = (details: Record<string, unknown> | undefined) => ({
  code: 'IMPORT_FAILED' as const,
  message: 'the English message',
  ...(details ? { details } : {}),
});

describe('engine errors in the user language', () => {
  it('words an import error from its key and values, in native digits', async () => {
    const fa = await languageT('fa');
    expect(wordedMessage(error({ file: '/x/a.csv', ...worded('file_empty', { name: 'a.csv' }) }), fa)).toBe(
      'a.csv خالی است: چیزی برای درون‌ریزی نیست.',
    );
    const details = worded('nothing_imported', { name: 'a.csv', rejected: 12, reason: 'bad_date' });
    expect(wordedMessage(error(details), fa)).toBe(
      'هیچ سطری از a.csv درون‌ریزی نشد (۱۲ سطر رد شد؛ نخستین دلیل: تاریخ نیست). نقش و قالب ستون‌ها را بررسی کنید.',
    );
  });

  it('words the kind of data a project already has', async () => {
    const cy = await languageT('cy');
    const details = worded('already_has_data', { kind: 'orders', file: 'old.csv' });
    expect(wordedMessage(error(details), cy)).toBe(`Mae gan y prosiect hwn ${cy('kinds.orders')} o old.csv yn barod.`);
  });

  it('leaves an error without a wording, or with one it does not know, to its own message', async () => {
    const ar = await languageT('ar');
    expect(wordedMessage(error(undefined), ar)).toBeNull();
    expect(wordedMessage(error({ wording: { key: 'no_such_key', values: {} } }), ar)).toBeNull();
  });
});
