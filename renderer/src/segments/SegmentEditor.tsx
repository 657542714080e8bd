/** The open segment: header, live numbers, linter checks, the rule builder, the sentence and the notes. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleBuilder } from './builder/RuleBuilder.js';
import { CountsBar } from './CountsBar.js';
import { ExportDialog } from './ExportDialog.js';
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
  useSaveShortcut();
  useUndoShortcut();
  return (
    <section className="segment-editor" aria-label={t('segments.editor.label')} data-testid="segment-editor">
      <div className="segment-editor-top">
        <SegmentHeader onExport={() => setExporting(true)} />
        <CountsBar />
      </div>
      <LintPanel />
      <RuleBuilder />
      <RuleSentence />
      <SegmentNotes />
      <SegmentPlanForm />
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </section>
  );
}
