/** One click: every RFM segment becomes a saved segment (and these settings the project's RFM settings). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RfmSettings } from '../../../shared/contract/rfm.js';
import { api } from '../api/index.js';
import { useStore } from '../store/index.js';
import { savedMessage } from './savedMessage.js';

export function RfmSave({ settings, onSaved }: { settings: RfmSettings; onSaved(): void }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const reportError = useStore((s) => s.reportError);
  const loadSegments = useStore((s) => s.loadSegments);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function save(): Promise<void> {
    setBusy(true);
    setDone(null);
    try {
      // The project's as-of date is what saved segments follow, so no asOf is sent.
      const saved = await api.call('rfm/saveSegments', { ...settings, asOf: undefined });
      setDone(
        savedMessage(
          saved.map((s) => s.name),
          t,
          i18n.language,
        ),
      );
      await loadSegments();
      onSaved();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="rfm-save">
      <button
        type="button"
        className="btn btn-primary"
        disabled={busy}
        onClick={() => void save()}
        data-testid="rfm-save"
      >
        {t('rfm.save.button')}
      </button>
      {done && (
        <p className="muted" role="status" data-testid="rfm-saved">
          {done}
        </p>
      )}
    </div>
  );
}
