/** Views that are planned but not built yet say so plainly, and show nothing invented. */
import { useTranslation } from 'react-i18next';

export function ComingSoon({ view }: { view: 'compare' }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <section className="view view-placeholder" aria-labelledby={`${view}-title`} data-testid={`view-${view}`}>
      <h2 id={`${view}-title`} className="view-title">
        {t(`nav.${view}`)}
      </h2>
      <div className="placeholder-card">
        <p className="placeholder-lead">{t(`placeholder.${view}.lead`)}</p>
        <p className="placeholder-body">{t(`placeholder.${view}.body`)}</p>
      </div>
    </section>
  );
}
