/**
 * Subscribes the store to what the engine pushes: project changes, import progress and result,
 * menu commands; and shows an import already running when the page opens.
 */
import { useEffect } from 'react';
import { api } from '../api/index.js';
import { useStore } from '../store/index.js';
import { runAppCommand } from './appCommands.js';

export function useEngineEvents(): void {
  useEffect(() => {
    const offs = [
      api.on('project/changed', (info) => {
        useStore.getState().projectChanged(info);
        void useStore.getState().refreshRecent();
      }),
      api.on('import/progress', (progress) => useStore.getState().importProgress(progress)),
      api.on('import/finished', ({ jobId, report }) => useStore.getState().importFinished(jobId, report)),
      api.on('app/command', (command) => runAppCommand(command)),
    ];
    // Asked after subscribing, so no progress is missed: an import this page did not start (a
    // reload, a reopened tab) is shown with its progress, then its report.
    Promise.resolve()
      .then(() => api.call('import/running', {}))
      .then((running) => {
        if (running) useStore.getState().followImport(running);
      })
      .catch(() => {}); // an engine that cannot answer shows the page as it is
    return () => {
      for (const off of offs) off();
    };
  }, []);
}
