/** The languages on the start page, each named in itself: one press switches the whole app. */
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.js';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '../i18n/locales.js';

export function LanguageChoice(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="start-languages" data-testid="start-languages">
      <legend>{t('language.label')}</legend>
      {UI_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="btn btn-quiet"
          aria-pressed={i18n.language === lang}
          data-testid={`start-language-${lang}`}
          onClick={() => void setLanguage(lang)}
        >
          {LANGUAGE_NAMES[lang]}
        </button>
      ))}
    </fieldset>
  );
}
