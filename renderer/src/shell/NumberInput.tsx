/**
 * A number field that accepts Persian and Arabic digits as well as Latin ones. A type="number" input
 * would silently empty itself on "۱۲", so this is a text input with a decimal keyboard whose text is read
 * by parseLocalizedNumber. While the user types, their text is kept as typed; when the value changes
 * from outside (undo, reset), the field shows it in the UI language's digits.
 */
import { type InputHTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEditable } from '../format.js';
import { parseLocalizedNumber } from '../i18n/parseNumber.js';

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max' | 'step'>;

interface NumberInputProps extends Passed {
  /** NaN or undefined shows an empty field. */
  value: number | undefined;
  /** The number typed, or undefined while the text is empty or not (yet) a number. */
  onValue(value: number | undefined): void;
}

export function NumberInput({ value, onValue, ...rest }: NumberInputProps): React.JSX.Element {
  const { i18n } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const typedValue = text === null ? undefined : (parseLocalizedNumber(text) ?? undefined);
  const sameValue = typedValue === value || (typedValue === undefined && (value === undefined || Number.isNaN(value)));
  // The typed text wins while it still means the current value; otherwise the value came from outside.
  const shown = text !== null && sameValue ? text : formatEditable(value, i18n.language);
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={shown}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onValue(parseLocalizedNumber(next) ?? undefined);
      }}
    />
  );
}
