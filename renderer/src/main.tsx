import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import { i18n, initI18n } from './i18n/index.js';
import { applyTheme, storedTheme } from './shell/theme.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/start.css';
import './styles/wizard.css';
import './styles/data.css';
import './styles/pareto.css';
import './styles/segments.css';
import './styles/plan.css';
import './styles/value.css';
import './styles/theme.css';
import './styles/changes.css';
import './styles/discover.css';
import './styles/history.css';
import './styles/predict.css';

// Before the first paint, so a dark choice never flashes white.
applyTheme(storedTheme(), false);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
});
