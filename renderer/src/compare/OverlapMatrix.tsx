/** Pairwise overlaps as a heat-coloured table: customers, revenue and Jaccard in each cell. */
import { useTranslation } from 'react-i18next';
import type { OverlapResult } from '../../../shared/contract/analysis.js';
import { formatCompact, formatDecimal, formatInteger } from '../format.js';
import { overlapColor } from './overlapColor.js';

export function OverlapMatrix({ overlap }: { overlap: OverlapResult }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-scroll">
      <table
        className="table overlap-matrix"
        aria-label={t('compare.overlap.matrixLabel')}
        data-testid="overlap-matrix"
      >
        <thead>
          <tr>
            <th scope="col" />
            {overlap.segments.map((s) => (
              <th key={s.segment} scope="col" className="num">
                {s.segment}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overlap.segments.map((rowSegment, i) => (
            <tr key={rowSegment.segment} data-testid="overlap-row">
              <th scope="row">{rowSegment.segment}</th>
              {overlap.matrix[i]?.map((cell, j) => (
                <td
                  key={overlap.segments[j]?.segment ?? j}
                  className="num overlap-cell"
                  style={{ background: i === j ? 'var(--surface-2)' : overlapColor(cell.jaccard) }}
                >
                  <span className="overlap-customers">{formatInteger(cell.customers, lang)}</span>
                  <span className="overlap-sub">{formatCompact(cell.revenue, lang)}</span>
                  {i !== j && (
                    <span className="overlap-sub">
                      {t('compare.overlap.jaccard', { value: formatDecimal(cell.jaccard, lang, 2) })}
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
