/** Dropping one CSV or several linked files anywhere on the window starts an import (a project is created if none is open). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isImportableFile } from '../import/importableFile.js';
import { useStore } from '../store/index.js';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function DropZone(): React.JSX.Element | null {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0; // dragenter/leave fire for every child element crossed
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault(); // allows the drop
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // never let the browser navigate to the file
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      const state = useStore.getState();
      if (files.length === 0 || state.job) return;
      const wrong = files.find((f) => !isImportableFile(f.name));
      if (wrong) {
        state.reportError(new Error(t('drop.notCsv', { name: wrong.name })));
        return;
      }
      void state.chooseFiles(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [t]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">{t('drop.hint')}</div>
    </div>
  );
}
