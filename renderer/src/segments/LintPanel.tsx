/**
 * The linter's warnings for the open segment (empty, too small, never matches, identical, overlap),
 * and the size below which a segment is "too small" (the workshop's "little or no data").
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../shell/NumberInput.js';
import { useStore } from '../store/index.js';
import { lintText } from './lintText.js';

/** The engine's default minimum size, shown until the user sets another. */
const DEFAULT_MIN_SIZE = 30;

export function LintPanel(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const id = useId();
  const fields = useStore((s) => s.fields);
  const warnings = useStore((s) => s.live.warnings);
  const ready = useStore((s) => s.live.status === 'ready');
  const segments = useStore((s) => s.segments);
  const minSize = useStore((s) => s.lintMinSize);
  const setLintMinSize = useStore((s) => s.setLintMinSize);

  return (
    <section className="lint" aria-label={t('segments.lint.label')}>
      {warnings.length > 0 && (
        <ul className="lint-list notice notice-warning" data-testid="lint-panel">
          {warnings.map((warning) => {
            const names = (warning.segmentIds ?? [])
              .map((segmentId) => segments.find((s) => s.id === segmentId)?.name)
              .filter((name): name is string => Boolean(name) && !warning.message.includes(`"${name}"`));
            const text = lintText(warning, fields ?? [], t, i18n.language);
            return (
              <li key={`${warning.code}:${warning.path ?? ''}:${warning.message}`} data-testid={`lint-${warning.code}`}>
                <span className="lint-code">{t(`segments.lint.codes.${warning.code}`)}</span>{' '}
                {/* Names and field labels from the data keep their own direction inside the sentence. */}
                <bdi>{text}</bdi>
                {names.length > 0 && (
                  <span className="lint-segments"> {t('segments.lint.segments', { names: names.join(', ') })}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="lint-foot">
        {warnings.length === 0 && ready && (
          <span className="muted" data-testid="lint-none">
            {t('segments.lint.none')}
          </span>
        )}
        <label htmlFor={id} className="lint-min">
          {t('segments.lint.minSize')}
        </label>
        <NumberInput
          id={id}
          className="input input-small rule-number"
          value={minSize ?? DEFAULT_MIN_SIZE}
          data-testid="lint-min-size"
          onValue={(value) => {
            if (value !== undefined && Number.isInteger(value) && value >= 0) setLintMinSize(value);
          }}
        />
      </div>
    </section>
  );
}
