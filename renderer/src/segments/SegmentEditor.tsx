/** The open segment: header, live numbers, staleness, linter checks, the rule builder, the sentence, the notes and its history. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';
import { RuleBuilder } from './builder/RuleBuilder.js';
import { CountsBar } from './CountsBar.js';
import { ExportDialog } from './ExportDialog.js';
import { SegmentHistorySection } from './history/SegmentHistorySection.js';
import { StaleBanner } from './history/StaleBanner.js';
import { useSegmentHistory } from './history/useSegmentHistory.js';
import { LintPanel } from './LintPanel.js';
import { RuleSentence } from './RuleSentence.js';
import { SegmentHeader } from './SegmentHeader.js';
import { SegmentNotes } from './SegmentNotes.js';
import { SegmentPlanForm } from './SegmentPlanForm.js';
import { useSaveShortcut } from './useSaveShortcut.js';
import { useUndoShortcut } from './useUndoShortcut.js';

export function SegmentEditor(): React.JSX.Element {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const savedId = useStore((s) => s.draft?.id ?? null);
  const color = useStore((s) => s.draft?.color ?? null);
  const { history, reload } = useSegmentHistory(savedId);
  useSaveShortcut();
  useUndoShortcut();
  return (
    <section className="segment-editor" aria-label={t('segments.editor.label')} data-testid="segment-editor">
      <div className="segment-editor-top">
        <SegmentHeader onExport={() => setExporting(true)} />
        <CountsBar />
      </div>
      {savedId !== null && <StaleBanner staleness={history.staleness} onSnapshot={reload} />}
      <LintPanel />
      <RuleBuilder />
      <RuleSentence />
      <SegmentNotes />
      <SegmentPlanForm />
      {savedId !== null && <SegmentHistorySection segment={savedId} color={color} history={history} reload={reload} />}
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </section>
  );
}
