/** Carries out a command from the Electron menu ('app/command' events). */
import type { Events } from '../../../shared/api.js';
import { setLanguage } from '../i18n/index.js';
import { isUiLanguage } from '../i18n/locales.js';
import { useStore } from '../store/index.js';
import { isViewName } from './viewSlice.js';

export function runAppCommand({ command, view, language }: Events['app/command']): void {
  const state = useStore.getState();
  switch (command) {
    case 'show-view':
      if (state.project && isViewName(view)) state.setView(view);
      return;
    case 'import-file':
      state.openWizard();
      return;
    case 'new-project':
      state.setProjectDialog('new');
      return;
    case 'open-project':
      state.setProjectDialog('open');
      return;
    case 'open-demo':
      void state.openDemo();
      return;
    case 'set-language':
      if (language && isUiLanguage(language)) void setLanguage(language);
      return;
  }
}
