/** The theme menu of the top bar: follow the system, or always light, or always dark. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTheme, isTheme, storedTheme, THEMES, type Theme } from './theme.js';

export function ThemePicker(): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  return (
    <span className="topbar-field">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select
        id={id}
        className="input input-small"
        value={theme}
        data-testid="theme-picker"
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (!isTheme(value)) return;
          setTheme(value);
          applyTheme(value);
        }}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
