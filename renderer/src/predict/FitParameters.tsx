/**
 * The fitted parameters with their standard errors (from the observed information, the inverse
 * Hessian of the log-likelihood) and the warnings in the user's language, by warning code.
 */
import { useTranslation } from 'react-i18next';
import type { ClvSummary } from '../../../shared/contract/clv.js';
import { formatDecimal, formatInteger, formatNumber } from '../format.js';

interface Row {
  model: 'bgnbd' | 'gammaGamma';
  symbol: string;
  estimate: number;
  se: number | null;
}

export function parameterRows(fit: ClvSummary['fit']): Row[] {
  const b = fit.bgnbd;
  const rows: Row[] = [
    { model: 'bgnbd', symbol: 'r', estimate: b.r, se: b.standardErrors?.r ?? null },
    { model: 'bgnbd', symbol: 'α', estimate: b.alpha, se: b.standardErrors?.alpha ?? null },
    { model: 'bgnbd', symbol: 'a', estimate: b.a, se: b.standardErrors?.a ?? null },
    { model: 'bgnbd', symbol: 'b', estimate: b.b, se: b.standardErrors?.b ?? null },
  ];
  const g = fit.gammaGamma;
  if (g) {
    rows.push(
      { model: 'gammaGamma', symbol: 'p', estimate: g.p, se: g.standardErrors?.p ?? null },
      { model: 'gammaGamma', symbol: 'q', estimate: g.q, se: g.standardErrors?.q ?? null },
      { model: 'gammaGamma', symbol: 'γ', estimate: g.v, se: g.standardErrors?.v ?? null },
    );
  }
  return rows;
}

export function FitParameters({ fit }: { fit: ClvSummary['fit'] }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const state = (converged: boolean) => t(converged ? 'predict.params.converged' : 'predict.params.notConverged');
  const models = [
    { key: 'bgnbd' as const, summary: fit.bgnbd },
    ...(fit.gammaGamma ? [{ key: 'gammaGamma' as const, summary: fit.gammaGamma }] : []),
  ];
  return (
    <section className="changes-part" aria-labelledby="predict-params-title" data-testid="predict-params">
      <h3 id="predict-params-title" className="section-title">
        {t('predict.params.title')}
      </h3>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('predict.params.model')}</th>
              <th scope="col">{t('predict.params.parameter')}</th>
              <th scope="col" className="num">
                {t('predict.params.estimate')}
              </th>
              <th scope="col" className="num">
                {t('predict.params.se')}
              </th>
            </tr>
          </thead>
          <tbody>
            {parameterRows(fit).map((row) => (
              <tr key={`${row.model} ${row.symbol}`}>
                <td>{t(`predict.params.${row.model}`)}</td>
                <th scope="row">
                  <bdi>{row.symbol}</bdi>
                </th>
                <td className="num">{formatNumber(row.estimate, lang, 3)}</td>
                <td className="num">{row.se === null ? t('predict.params.unknown') : formatNumber(row.se, lang, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {models.map(({ key, summary }) => (
        <p key={key} className="muted" data-testid={`predict-fit-${key}`}>
          {t(`predict.params.${key}`)}:{' '}
          {t('predict.params.fit', {
            ll: formatDecimal(summary.logLikelihood, lang, 1),
            customers: formatInteger(summary.customers, lang),
            state: state(summary.converged),
          })}
        </p>
      ))}
      {!fit.gammaGamma && <p className="muted">{t('predict.params.noSpend')}</p>}
      {fit.warnings.length > 0 && (
        <div className="notice notice-warning" role="note" data-testid="predict-warnings">
          <p className="notice-title">{t('predict.warnings.title')}</p>
          <ul>
            {fit.warnings.map((w) => (
              <li key={w.code} data-code={w.code}>
                {t(`predict.warnings.${w.code}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
