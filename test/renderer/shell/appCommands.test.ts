import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../../renderer/src/i18n/index.js';
import { runAppCommand } from '../../../renderer/src/shell/appCommands.js';

describe('runAppCommand set-language', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('switches to a language the menu asks for and ignores one the app does not have', async () => {
    runAppCommand({ command: 'set-language', language: 'cy' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(i18n.language).toBe('cy');
    runAppCommand({ command: 'set-language', language: 'de' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(i18n.language).toBe('cy');
  });
});
