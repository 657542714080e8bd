/** How the file is read: kind, encoding, delimiter, header row, date order, decimal separator. Each change re-previews. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, PreviewOverrides } from '../../../shared/model/import.js';
import { DateOrder, DecimalSeparator, Delimiter, Encoding } from '../../../shared/model/import.js';
import { SingleFileKind } from '../../../shared/model/roles.js';
import { formatPercent } from '../format.js';
import { wordingText } from '../shell/wordedMessage.js';
import { useStore } from '../store/index.js';
import { encodingChoices } from './encodingChoices.js';
import { reasonWords } from './reasonWords.js';

const DELIMITER_KEYS: Record<Delimiter, 'comma' | 'semicolon' | 'tab' | 'pipe'> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};
const DECIMAL_KEYS: Record<DecimalSeparator, 'point' | 'comma'> = { '.': 'point', ',': 'comma' };

export function PreviewSettings({
  preview,
  disabled,
}: {
  preview: ImportPreview;
  disabled: boolean;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const id = useId();
  const overrides = useStore((s) => s.overrides);
  const guesses = useStore((s) => s.guesses) ?? preview;
  const change = useStore((s) => s.changeOverrides);
  const options = preview.options;
  // A workbook's cells are typed already: encoding, delimiter and decimal separator do not apply to it.
  const workbook = preview.source?.format === 'xlsx';
  const set = (patch: PreviewOverrides) => void change(patch);
  const dateGuess = guesses.dateOrder;
  const dateByUser = overrides.dateOrder !== undefined;
  const dateAmbiguous = !dateByUser && dateGuess.basis === 'ambiguous';

  return (
    <div className="settings" data-testid="preview-settings">
      <div className="setting">
        <label htmlFor={`${id}-kind`}>{t('wizard.settings.kind')}</label>
        <select
          id={`${id}-kind`}
          className="input"
          value={options.kind}
          disabled={disabled}
          onChange={(e) => set({ kind: SingleFileKind.parse(e.currentTarget.value) })}
          data-testid="setting-kind"
        >
          {SingleFileKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`wizard.settings.kinds.${kind}`)}
            </option>
          ))}
        </select>
        <p className="setting-hint" data-testid="setting-kind-reason">
          {overrides.kind
            ? t('wizard.settings.byYou')
            : ((guesses.kind.wording && wordingText(guesses.kind.wording, t)) ??
              reasonWords(guesses.kind.reason, guesses.kind.reasonWording, i18n.language))}
        </p>
      </div>

      {!workbook && (
        <div className="setting">
          <label htmlFor={`${id}-encoding`}>{t('wizard.settings.encoding')}</label>
          <select
            id={`${id}-encoding`}
            className="input"
            value={options.encoding}
            disabled={disabled}
            onChange={(e) => set({ encoding: Encoding.parse(e.currentTarget.value) })}
            data-testid="setting-encoding"
          >
            {encodingChoices(guesses.encoding).map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.group === 'detected'
                  ? t('wizard.settings.encodingDetected', { name: choice.value })
                  : choice.group === 'candidate'
                    ? t('wizard.settings.encodingCandidate', { name: choice.value })
                    : choice.value}
              </option>
            ))}
          </select>
          <p className="setting-hint">
            {overrides.encoding
              ? t('wizard.settings.byYou')
              : t('wizard.settings.encodingConfidence', {
                  confidence: formatPercent(guesses.encoding.confidence, i18n.language),
                })}
          </p>
        </div>
      )}

      {!workbook && (
        <div className="setting">
          <label htmlFor={`${id}-delimiter`}>{t('wizard.settings.delimiter')}</label>
          <select
            id={`${id}-delimiter`}
            className="input"
            value={options.delimiter}
            disabled={disabled}
            onChange={(e) => set({ delimiter: Delimiter.parse(e.currentTarget.value) })}
            data-testid="setting-delimiter"
          >
            {Delimiter.options.map((d) => (
              <option key={d} value={d}>
                {t(`wizard.settings.delimiters.${DELIMITER_KEYS[d]}`)}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="setting setting-check">
        <label>
          <input
            type="checkbox"
            checked={options.hasHeader}
            disabled={disabled}
            onChange={(e) => set({ hasHeader: e.currentTarget.checked })}
            data-testid="setting-header"
          />
          {t('wizard.settings.hasHeader')}
        </label>
      </div>

      <div className={`setting ${dateAmbiguous ? 'is-attention' : ''}`}>
        <label htmlFor={`${id}-dates`}>{t('wizard.settings.dateOrder')}</label>
        <select
          id={`${id}-dates`}
          className="input"
          value={options.dateOrder}
          disabled={disabled}
          aria-describedby={`${id}-dates-hint`}
          aria-invalid={dateAmbiguous || undefined}
          onChange={(e) => set({ dateOrder: DateOrder.parse(e.currentTarget.value) })}
          data-testid="setting-date-order"
        >
          {DateOrder.options.map((order) => (
            <option key={order} value={order}>
              {t(`wizard.settings.dateOrders.${order}`)}
            </option>
          ))}
        </select>
        <p id={`${id}-dates-hint`} className="setting-hint" data-testid="date-order-hint">
          {dateGuess.basis === 'data' && dateGuess.evidence && dateGuess.value === options.dateOrder
            ? t('wizard.settings.dateDecided', {
                order: t(`wizard.settings.dateOrderNames.${dateGuess.value}`),
                evidence: dateGuess.evidence,
              })
            : dateByUser
              ? t('wizard.settings.byYou')
              : dateGuess.basis === 'ambiguous'
                ? t('wizard.settings.dateAmbiguous')
                : t('wizard.settings.dateNone')}
        </p>
      </div>

      {!workbook && (
        <div className="setting">
          <label htmlFor={`${id}-decimal`}>{t('wizard.settings.decimal')}</label>
          <select
            id={`${id}-decimal`}
            className="input"
            value={options.decimal}
            disabled={disabled}
            onChange={(e) => set({ decimal: DecimalSeparator.parse(e.currentTarget.value) })}
            data-testid="setting-decimal"
          >
            {DecimalSeparator.options.map((d) => (
              <option key={d} value={d}>
                {t(`wizard.settings.decimals.${DECIMAL_KEYS[d]}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
