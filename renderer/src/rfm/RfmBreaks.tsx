/** The breaks each score was cut at, so a score can be checked by hand. */
import { useTranslation } from 'react-i18next';
import type { RfmBreaks as Breaks } from '../../../shared/contract/rfm.js';
import { formatNumberList } from '../format.js';
import { DIMS } from './RfmSettingsForm.js';

export function RfmBreaks({ breaks }: { breaks: Breaks }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <section className="rfm-panel" aria-labelledby="rfm-breaks-title">
      <h3 id="rfm-breaks-title" className="section-title">
        {t('rfm.breaks.title')}
      </h3>
      <table className="table" data-testid="rfm-breaks">
        <tbody>
          {DIMS.map((dim) => (
            <tr key={dim}>
              <th scope="row">{t(`rfm.dims.${dim}`)}</th>
              <td className="num" data-testid={`rfm-breaks-${dim}`}>
                {breaks[dim].length === 0 ? t('rfm.breaks.none') : formatNumberList(breaks[dim], i18n.language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted chart-caption">{t('rfm.breaks.caption')}</p>
    </section>
  );
}
