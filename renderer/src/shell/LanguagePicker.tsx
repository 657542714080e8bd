/** The language menu of the top bar: a native select, so it works with the keyboard and screen readers. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.js';
import { isUiLanguage, LANGUAGE_NAMES, UI_LANGUAGES } from '../i18n/locales.js';

export function LanguagePicker(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <span className="topbar-field">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        className="input input-small"
        value={i18n.language}
        data-testid="language-picker"
        onChange={(event) => {
          const lang = event.currentTarget.value;
          if (isUiLanguage(lang)) void setLanguage(lang);
        }}
      >
        {UI_LANGUAGES.map((lang) => (
          // Each language named in itself, marked so a screen reader reads it in that language.
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </span>
  );
}
