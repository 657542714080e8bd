/**
 * "Keep this fit": stores the shown fit's predictions in the project (clv/save), which makes
 * p_alive, expected_purchases and clv builder fields; then the builder's fields and templates are
 * reloaded so they appear at once.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClvOptions, SavedClvFit } from '../../../shared/contract/clv.js';
import { api } from '../api/index.js';
import { formatDate, formatDateTime, formatInteger } from '../format.js';
import { useStore } from '../store/index.js';

export function KeepFit({ options }: { options: ClvOptions | null }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reportError = useStore((s) => s.reportError);
  const loadSegments = useStore((s) => s.loadSegments);
  const [saved, setSaved] = useState<SavedClvFit | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    api
      .call('clv/saved', {})
      .then((r) => live && setSaved(r.saved))
      .catch(reportError);
    return () => {
      live = false;
    };
  }, [reportError]);

  const keep = async () => {
    if (!options) return;
    setSaving(true);
    try {
      const r = await api.call('clv/save', options);
      setSaved(r.saved);
      void loadSegments();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="changes-part" aria-labelledby="predict-keep-title" data-testid="predict-keep">
      <h3 id="predict-keep-title" className="visually-hidden">
        {t('predict.keep.button')}
      </h3>
      <p className="muted">{t('predict.keep.hint')}</p>
      <p data-testid="predict-kept">
        {saved
          ? t('predict.keep.saved', {
              date: formatDate(saved.calibrationEnd, lang),
              customers: formatInteger(saved.customers, lang),
              at: formatDateTime(saved.savedAt, lang),
            })
          : t('predict.keep.notSaved')}
      </p>
      <button
        type="button"
        className="btn btn-primary"
        data-testid="predict-keep-button"
        disabled={!options || saving}
        onClick={() => void keep()}
      >
        {saving ? t('predict.keep.saving') : t('predict.keep.button')}
      </button>
    </section>
  );
}
