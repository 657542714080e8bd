/** The engine's sentences in the four languages: one catalog the app and the CLI both read. */
import { describe, expect, it } from 'vitest';
import { ERROR_WORDINGS } from '../../../shared/errorWording.js';
import { ENGINE_SENTENCES } from '../../../shared/i18n/engineSentences/index.js';
import { UI_LANGUAGES } from '../../../shared/languages.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');

describe('the engine sentences catalog', () => {
  it('has words for every wording the engine sends, and no others, in every language', () => {
    for (const lang of UI_LANGUAGES) {
      const keys = new Set(Object.keys(ENGINE_SENTENCES[lang]).map(base));
      expect([...keys].sort(), lang).toEqual([...ERROR_WORDINGS].sort());
    }
  });

  it('gives every plural sentence the `other` form, and fa/ar/cy words of their own', () => {
    for (const lang of UI_LANGUAGES) {
      const sentences: Record<string, string> = ENGINE_SENTENCES[lang];
      for (const key of Object.keys(sentences).filter((k) => PLURAL.test(k))) {
        expect(sentences[`${base(key)}_other`], `${lang} ${key}`).toBeDefined();
      }
      if (lang === 'en') continue;
      const english: Record<string, string> = ENGINE_SENTENCES.en;
      for (const [key, text] of Object.entries(sentences)) {
        if (english[key] !== undefined) expect(text, `${lang} ${key}`).not.toBe(english[key]);
      }
    }
  });
});
