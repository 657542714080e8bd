/**
 * Discover: k-means clusters of the customers on the fields picked, how k was chosen (silhouette and
 * elbow), the clusters' profiles and map, and each cluster turned into a rule or a segment.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedClustering } from '../../../shared/contract/cluster.js';
import { api } from '../api/index.js';
import { formatDate, formatInteger } from '../format.js';
import { ViewSection } from '../shell/ViewSection.js';
import { useStore } from '../store/index.js';
import { ClusterScatter } from './ClusterScatter.js';
import { ClusterTable } from './ClusterTable.js';
import { type ClusterForm, clusterableFields, clusterParams, DEFAULT_FORM } from './clusterForm.js';
import { clusterName, uniqueNames } from './clusterName.js';
import { clusterSegmentRule } from './clusterSegment.js';
import { DiscoverForm } from './DiscoverForm.js';
import { projectKey, recall, remember } from './discoverMemory.js';
import { KCharts } from './KCharts.js';
import { ResultSummary } from './ResultSummary.js';
import { RulePanel } from './RulePanel.js';
import { SavedClusterings } from './SavedClusterings.js';
import { SavePanel } from './SavePanel.js';
import { useClusterRun } from './useClusterRun.js';

/** Metrics whose names the app translates (the engine's labels are English). */
const METRIC_LABELS = ['recency_days', 'frequency', 'monetary', 'aov', 'tenure_days'] as const;
const isMetricLabel = (key: string): key is (typeof METRIC_LABELS)[number] =>
  (METRIC_LABELS as readonly string[]).includes(key);

export function DiscoverView(): React.JSX.Element {
  const project = useStore((s) => s.project);
  const key = project ? projectKey(project) : '';
  // Another project state (as-of date, import) starts the view afresh.
  return <DiscoverPanel key={key} memoryKey={key} />;
}

function DiscoverPanel({ memoryKey }: { memoryKey: string }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fields = useStore((s) => s.fields);
  const segmentsStatus = useStore((s) => s.segmentsStatus);
  const loadSegments = useStore((s) => s.loadSegments);
  const reportError = useStore((s) => s.reportError);
  const [remembered] = useState(() => recall(memoryKey));
  const [form, setForm] = useState<ClusterForm>(remembered?.form ?? DEFAULT_FORM);
  const clustering = useClusterRun(remembered);
  const { result, params, run } = clustering;
  const [saved, setSaved] = useState<SavedClustering | null>(remembered?.saved ?? null);
  const [ruleFor, setRuleFor] = useState<number | null>(null);
  const [segmentSaved, setSegmentSaved] = useState<{ name: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedList, setSavedList] = useState<SavedClustering[]>([]);

  useEffect(() => {
    if (segmentsStatus === 'idle') void loadSegments();
  }, [segmentsStatus, loadSegments]);

  const loadSaved = useCallback(async () => {
    try {
      setSavedList((await api.call('cluster/saved', {})).clusterings);
    } catch (error) {
      reportError(error);
    }
  }, [reportError]);
  useEffect(() => {
    void loadSaved();
  }, [loadSaved]);

  const numberFields = useMemo(() => clusterableFields(fields ?? []), [fields]);
  const labelOf = useCallback(
    (key: string): string => {
      if (isMetricLabel(key)) return t(`metrics.${key}`);
      return numberFields.find((f) => f.key === key)?.label ?? result?.fields.find((f) => f.key === key)?.label ?? key;
    },
    [t, numberFields, result],
  );
  const names = useMemo(
    () =>
      uniqueNames(
        (result?.clusters ?? []).map((c) => clusterName(c.distinctive, labelOf, t)),
        (n) => formatInteger(n, lang),
      ),
    [result, labelOf, t, lang],
  );

  const start = useCallback(() => {
    setSaved(null);
    setRuleFor(null);
    setSegmentSaved(null);
    run(clusterParams(form));
  }, [form, run]);

  // The first visit clusters with the defaults at once, as the engine would.
  const firstVisit = remembered === null && memoryKey !== '';
  useEffect(() => {
    if (firstVisit) run(clusterParams(DEFAULT_FORM));
  }, [firstVisit, run]);

  useEffect(() => {
    if (memoryKey !== '' && result && params) remember(memoryKey, { form, params, result, saved });
  }, [memoryKey, form, params, result, saved]);

  async function saveSegment(cluster: number): Promise<void> {
    if (!saved) return;
    const rule = clusterSegmentRule(saved, cluster);
    if (!rule) return;
    const name = t('discover.save.segmentName', { clustering: saved.name, name: names[cluster - 1] ?? '' });
    setBusy(true);
    try {
      const info = await api.call('segments/save', { name, rule, description: null });
      setSegmentSaved({ name: info.name, n: info.counts.customers });
      await loadSegments();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  const savedListPanel = (
    <SavedClusterings
      clusterings={savedList}
      labelOf={labelOf}
      onDeleted={(name) => {
        setSavedList((list) => list.filter((c) => c.name !== name));
        if (saved?.name === name) setSaved(null);
      }}
    />
  );
  const stale = result !== null && params !== null && JSON.stringify(params) !== JSON.stringify(clusterParams(form));
  const today = formatDate(new Date().toISOString().slice(0, 10), lang);
  return (
    <ViewSection name="discover" title={t('discover.title')} loading={false} loadingText="">
      <p className="muted discover-intro">{t('discover.intro')}</p>
      <DiscoverForm
        form={form}
        fields={numberFields}
        labelOf={labelOf}
        running={clustering.running}
        progress={clustering.progress}
        onChange={setForm}
        onRun={start}
        onCancel={clustering.cancel}
      />
      {result && params && (
        <div className="discover-result" data-testid="discover-result">
          {stale && <p className="muted">{t('discover.form.stale')}</p>}
          <ResultSummary result={result} fixedK={params.k !== undefined} />
          <KCharts result={result} />
          <h3 className="section-title">{t('discover.table.title')}</h3>
          <ClusterTable
            result={result}
            names={names}
            labelOf={labelOf}
            busy={busy}
            onMakeRule={setRuleFor}
            onSaveSegment={saved ? (cluster) => void saveSegment(cluster) : null}
          />
          {segmentSaved && (
            <p role="status" data-testid="discover-segment-saved">
              {t('discover.save.segmentSaved', { name: segmentSaved.name, n: formatInteger(segmentSaved.n, lang) })}
            </p>
          )}
          {ruleFor !== null && (
            <RulePanel
              key={ruleFor}
              params={params}
              cluster={ruleFor}
              name={names[ruleFor - 1] ?? ''}
              onClose={() => setRuleFor(null)}
            />
          )}
          <SavePanel
            key={JSON.stringify(params)}
            params={params}
            defaultName={t('discover.save.defaultName', { date: today })}
            saved={saved}
            onSaved={(kept) => {
              setSaved(kept);
              void loadSaved();
            }}
          />
          {savedListPanel}
          <ClusterScatter projection={result.projection} names={names} labelOf={labelOf} />
        </div>
      )}
      {clustering.cancelled && (
        <p className="muted" role="status" data-testid="discover-cancelled">
          {t('discover.form.cancelled')}
        </p>
      )}
      {!(result && params) && savedListPanel}
    </ViewSection>
  );
}
