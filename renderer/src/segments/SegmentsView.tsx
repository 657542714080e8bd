/** The Segments view: saved segments on one side, the open segment's editor (or where to start) on the other. */
import { useEffect } from 'react';
import { useStore } from '../store/index.js';
import { DiscardDialog } from './DiscardDialog.js';
import { SegmentEditor } from './SegmentEditor.js';
import { SegmentList } from './SegmentList.js';
import { TemplateGallery } from './TemplateGallery.js';
import { UndoToast } from './UndoToast.js';

export function SegmentsView(): React.JSX.Element {
  const status = useStore((s) => s.segmentsStatus);
  const loadSegments = useStore((s) => s.loadSegments);
  const hasDraft = useStore((s) => s.draft !== null);

  useEffect(() => {
    if (status === 'idle') void loadSegments();
  }, [status, loadSegments]);

  return (
    <section className="view view-segments" aria-labelledby="segments-title" data-testid="view-segments">
      <div className="segments-layout">
        <SegmentList />
        <div className="segments-main">{hasDraft ? <SegmentEditor /> : <TemplateGallery />}</div>
      </div>
      <UndoToast />
      <DiscardDialog />
    </section>
  );
}
