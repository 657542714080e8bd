/**
 * The exact intersections, UpSet style: one column per combination, a bar of its customers on top
 * and a dot per segment below (filled = in it). Plain HTML, so it reads without a canvas.
 */
import { useTranslation } from 'react-i18next';
import type { OverlapResult } from '../../../shared/contract/analysis.js';
import { formatCompact, formatInteger } from '../format.js';
import { barPercent } from './overlapColor.js';

export function UpSetPlot({ overlap }: { overlap: OverlapResult }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const max = Math.max(0, ...overlap.intersections.map((x) => x.customers));
  const columns = `minmax(120px, max-content) repeat(${overlap.intersections.length}, 56px)`;

  return (
    <figure className="upset table-scroll" aria-label={t('compare.overlap.upsetLabel')} data-testid="overlap-upset">
      <div className="upset-grid" style={{ gridTemplateColumns: columns }}>
        <div className="upset-corner" />
        {overlap.intersections.map((x) => (
          <div
            key={x.sets.join('-')}
            className="upset-bar-cell"
            title={`${x.names.join(' ∩ ')}: ${formatInteger(x.customers, lang)} · ${formatCompact(x.revenue, lang)}`}
            data-testid="upset-bar"
          >
            <span className="upset-value">{formatInteger(x.customers, lang)}</span>
            <span className="upset-bar" style={{ blockSize: `${barPercent(x.customers, max)}%` }} />
          </div>
        ))}
        {overlap.segments.map((s, i) => (
          <div key={s.segment} className="upset-row">
            <div className="upset-name">{s.segment}</div>
            {overlap.intersections.map((x) => (
              <div key={x.sets.join('-')} className="upset-dot-cell">
                <span className={x.sets.includes(i) ? 'upset-dot upset-dot-in' : 'upset-dot'} />
              </div>
            ))}
          </div>
        ))}
      </div>
      <figcaption className="muted chart-caption">
        {t('compare.overlap.outside', {
          customers: formatInteger(overlap.outside.customers, lang),
          revenue: formatCompact(overlap.outside.revenue, lang),
        })}
      </figcaption>
    </figure>
  );
}
