/** The segment's description and the workshop's marketing-strategy note. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';

export function SegmentNotes(): React.JSX.Element | null {
  const { t } = useTranslation();
  const id = useId();
  const description = useStore((s) => s.draft?.description);
  const strategy = useStore((s) => s.draft?.strategy);
  const setDraftMeta = useStore((s) => s.setDraftMeta);
  if (description === undefined || strategy === undefined) return null;
  return (
    <section className="segment-notes" aria-label={t('segments.editor.notes')}>
      <div className="segment-note">
        <label htmlFor={`${id}-description`} className="field-label">
          {t('segments.editor.description')}
        </label>
        <input
          id={`${id}-description`}
          className="input input-wide"
          value={description}
          placeholder={t('segments.editor.descriptionPlaceholder')}
          maxLength={10_000}
          data-testid="segment-description"
          onChange={(event) => setDraftMeta({ description: event.currentTarget.value })}
        />
      </div>
      <div className="segment-note">
        <label htmlFor={`${id}-strategy`} className="field-label">
          {t('segments.editor.strategy')}
        </label>
        <textarea
          id={`${id}-strategy`}
          className="input input-wide segment-strategy"
          value={strategy}
          rows={4}
          maxLength={100_000}
          aria-describedby={`${id}-strategy-hint`}
          data-testid="segment-strategy"
          onChange={(event) => setDraftMeta({ strategy: event.currentTarget.value })}
        />
        <p id={`${id}-strategy-hint`} className="field-hint">
          {t('segments.editor.strategyHint')}
        </p>
      </div>
    </section>
  );
}
