/**
 * Keeps the clustering shown under a name (cluster/save), so the builder gets the `cluster` field
 * and each cluster can be saved as a segment of exactly its members.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterParams, SavedClustering } from '../../../shared/contract/cluster.js';
import { api } from '../api/index.js';
import { formatInteger } from '../format.js';
import { NameAndSave } from '../shell/NameAndSave.js';
import { useStore } from '../store/index.js';

interface Props {
  params: ClusterParams;
  defaultName: string;
  saved: SavedClustering | null;
  onSaved(saved: SavedClustering): void;
}

export function SavePanel({ params, defaultName, saved, onSaved }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const reportError = useStore((s) => s.reportError);
  const loadSegments = useStore((s) => s.loadSegments);
  const [name, setName] = useState(defaultName);
  const [busy, setBusy] = useState(false);

  async function save(): Promise<void> {
    setBusy(true);
    try {
      const answer = await api.call('cluster/save', { ...params, name: name.trim() });
      onSaved(answer.saved);
      // The builder's fields now include `cluster` with this clustering's values.
      await loadSegments();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="discover-panel" data-testid="discover-save" aria-busy={busy}>
      <h3 className="section-title">{t('discover.save.title')}</h3>
      <p className="muted">{t('discover.save.intro')}</p>
      <div className="discover-actions">
        <NameAndSave
          label={t('discover.save.name')}
          labelClassName="discover-inline"
          name={name}
          onName={setName}
          busy={busy}
          onSave={() => void save()}
          buttonLabel={t('discover.save.button')}
          nameTestId="discover-save-name"
          buttonTestId="discover-save-button"
        />
      </div>
      {saved ? (
        <p role="status" data-testid="discover-saved">
          {t(saved.replaced ? 'discover.save.replaced' : 'discover.save.saved', {
            name: saved.name,
            k: formatInteger(saved.k, i18n.language),
          })}
        </p>
      ) : (
        <p className="muted">{t('discover.save.first')}</p>
      )}
    </section>
  );
}
