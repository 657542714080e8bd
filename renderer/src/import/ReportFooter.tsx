/** The last step's buttons, for one file or several: close, or go to the customers just imported. */
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';

export function ReportFooter(): React.JSX.Element {
  const { t } = useTranslation();
  const closeWizard = useStore((s) => s.closeWizard);
  const setView = useStore((s) => s.setView);
  return (
    <div className="wizard-footer">
      <button type="button" className="btn" onClick={closeWizard} data-testid="report-close">
        {t('common.close')}
      </button>
      <button
        type="button"
        className="btn btn-primary"
        // biome-ignore lint/a11y/noAutofocus: the first control of a modal dialog is where focus belongs when it opens
        autoFocus
        onClick={() => {
          setView('data');
          closeWizard();
        }}
        data-testid="report-show-customers"
      >
        {t('wizard.report.showCustomers')}
      </button>
    </div>
  );
}
