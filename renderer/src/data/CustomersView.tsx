/**
 * The Data view: how many customers, which files they came from, and every customer with every
 * attribute and metric: searched, filtered by a segment rule, sorted, exported, opened in a panel.
 */
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format.js';
import { useStore } from '../store/index.js';
import { CustomerPanel } from './CustomerPanel.js';
import { CustomerTable } from './CustomerTable.js';
import { DatasetList } from './DatasetList.js';
import { DataToolbar } from './DataToolbar.js';
import { UndoImport } from './UndoImport.js';

export function CustomersView(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const project = useStore((s) => s.project);
  const openWizard = useStore((s) => s.openWizard);
  const total = useStore((s) => s.total);
  if (!project) return null;

  if (project.datasets.length === 0) {
    return (
      <section className="view" aria-labelledby="data-title" data-testid="view-data">
        <h2 id="data-title" className="view-title">
          {t('data.title')}
        </h2>
        <div className="empty-state" data-testid="data-empty">
          <p className="empty-lead">{t('data.empty.lead')}</p>
          <p className="muted">{t('data.empty.text')}</p>
          <button type="button" className="btn btn-primary" onClick={() => openWizard()} data-testid="data-import">
            {t('data.empty.import')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="view view-data" aria-labelledby="data-title" data-testid="view-data">
      <div className="view-head">
        <h2 id="data-title" className="view-title">
          {t('data.title')}
        </h2>
        <p className="view-summary" data-testid="data-summary">
          {t('data.summary', {
            customers: formatInteger(project.customers, lang),
            orders: formatInteger(project.orders, lang),
            lines: formatInteger(project.orderLines, lang),
          })}
        </p>
      </div>
      <DatasetList datasets={project.datasets} />
      <UndoImport project={project} />
      {project.customers > 0 ? (
        <>
          <DataToolbar />
          <div className="data-main">
            <div className="data-table-column">
              <CustomerTable />
              {total === 0 && (
                <p className="muted" data-testid="data-no-match">
                  {t('data.noMatch')}
                </p>
              )}
            </div>
            <CustomerPanel />
          </div>
        </>
      ) : (
        <p className="empty-state muted">{t('data.noCustomers')}</p>
      )}
    </section>
  );
}
