/** A segment's colour from a small palette: radio buttons, so arrow keys move between swatches. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SEGMENT_COLORS } from './draft/draft.js';

export function ColorPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange(color: string): void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="color-picker" data-testid="segment-color">
      <legend className="visually-hidden">{t('segments.editor.color')}</legend>
      {SEGMENT_COLORS.map((color) => (
        <label key={color} className="color-swatch" style={{ backgroundColor: color }} title={color}>
          <input
            type="radio"
            name={name}
            className="visually-hidden"
            value={color}
            checked={value?.toLowerCase() === color}
            aria-label={t('segments.editor.colorOption', { color })}
            onChange={() => onChange(color)}
          />
        </label>
      ))}
    </fieldset>
  );
}
