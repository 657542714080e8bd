/** Subscribes the store to what the engine pushes: project changes, import progress, menu commands. */
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
      api.on('app/command', (command) => runAppCommand(command)),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, []);
}
