/** The custom scheme as an editable table: a name and R/F/M score ranges per row, with the linter's warnings. */
import { useTranslation } from 'react-i18next';
import type { RfmSchemeRow, RfmSchemeWarning } from '../../../shared/contract/rfm.js';
import { NumberInput } from '../shell/NumberInput.js';
import { schemeWarningText } from './schemeWarningText.js';

interface Props {
  rows: RfmSchemeRow[];
  bins: number;
  warnings: RfmSchemeWarning[];
  onChange(rows: RfmSchemeRow[]): void;
}

type RangeKey = 'r' | 'f' | 'm';
const RANGES: readonly RangeKey[] = ['r', 'f', 'm'];

function clampScore(value: number, bins: number): number {
  return Math.min(bins, Math.max(1, Math.round(value) || 1));
}

export function CustomSchemeTable({ rows, bins, warnings, onChange }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const update = (index: number, row: RfmSchemeRow): void => onChange(rows.map((r, i) => (i === index ? row : r)));
  const setRange = (index: number, key: RangeKey, end: 0 | 1, value: number): void => {
    const row = rows[index];
    if (!row) return;
    const range: [number, number] = [...row[key]];
    range[end] = clampScore(value, bins);
    update(index, { ...row, [key]: range });
  };

  return (
    <section className="rfm-panel" aria-labelledby="rfm-custom-title" data-testid="rfm-custom">
      <h3 id="rfm-custom-title" className="section-title">
        {t('rfm.custom.title')}
      </h3>
      <table className="table rfm-custom-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('rfm.custom.name')}</th>
            {RANGES.map((key) => (
              <th key={key} scope="col">
                {key.toUpperCase()}
              </th>
            ))}
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const rowWarnings = warnings.filter((w) => w.row === index);
            return (
              <tr
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their position is what the scheme means
                key={index}
                data-testid="rfm-custom-row"
                className={rowWarnings.length > 0 ? 'rfm-row-warn' : undefined}
              >
                <td>{index + 1}</td>
                <td>
                  <input
                    className="input"
                    value={row.name}
                    aria-label={t('rfm.custom.name')}
                    onChange={(e) => update(index, { ...row, name: e.target.value })}
                  />
                  {rowWarnings.map((w) => (
                    <p key={w.code} className="error-text" data-testid="rfm-custom-warning">
                      {schemeWarningText(w, rows, bins, t, i18n.language)}
                    </p>
                  ))}
                </td>
                {RANGES.map((key) => (
                  <td key={key} className="rfm-range">
                    {([0, 1] as const).map((end) => (
                      <NumberInput
                        key={end}
                        className="input input-small"
                        aria-label={`${key.toUpperCase()} ${end === 0 ? t('rfm.custom.from') : t('rfm.custom.to')}`}
                        value={row[key][end]}
                        onValue={(value) => {
                          // Scores run from 1 to the number of bins; anything else is not taken.
                          if (value !== undefined && Number.isInteger(value) && value >= 1 && value <= bins)
                            setRange(index, key, end, value);
                        }}
                      />
                    ))}
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="btn btn-quiet btn-small"
                    aria-label={t('rfm.custom.remove', { n: index + 1 })}
                    disabled={rows.length <= 1}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="btn btn-small"
        onClick={() =>
          onChange([
            ...rows,
            { name: t('rfm.custom.newRow', { n: rows.length + 1 }), r: [1, bins], f: [1, bins], m: [1, bins] },
          ])
        }
      >
        {t('rfm.custom.add')}
      </button>
    </section>
  );
}
