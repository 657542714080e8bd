/** The links as a table (what screen readers read instead of the diagram); links the user added can be removed. */
import { useTranslation } from 'react-i18next';
import type { SetLinkPreview } from '../../../../shared/model/importSet.js';
import { wordingText } from '../../shell/wordedMessage.js';
import { useStore } from '../../store/index.js';
import { FileColumnCell } from './FileColumn.js';

export function SetLinksTable({ links, disabled }: { links: SetLinkPreview[]; disabled: boolean }): React.JSX.Element {
  const { t } = useTranslation();
  const removeSetLink = useStore((s) => s.removeSetLink);
  if (links.length === 0) return <p className="muted">{t('set.links.none')}</p>;
  return (
    <table className="table set-links" data-testid="set-links">
      <caption className="visually-hidden">{t('set.links.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('set.links.from')}</th>
          <th scope="col">{t('set.links.to')}</th>
          <th scope="col">{t('set.links.origin')}</th>
          <th scope="col">{t('set.links.reason')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {links.map((link) => {
          const from = `${link.from.file}.${link.from.column}`;
          const to = `${link.to.file}.${link.to.column}`;
          return (
            <tr key={`${from}>${to}`} data-testid={`set-link-${from}`}>
              <td>
                <FileColumnCell file={link.from.file} column={link.from.column} />
              </td>
              <td>
                <FileColumnCell file={link.to.file} column={link.to.column} />
              </td>
              <td>{link.origin === 'user' ? t('set.links.user') : t('set.links.guessed')}</td>
              <td className="set-link-reason">
                {link.origin === 'user' ? (
                  t('set.files.byYou')
                ) : (
                  <bdi>{(link.wording && wordingText(link.wording, t)) ?? link.reason}</bdi>
                )}
              </td>
              <td>
                {link.origin === 'user' && (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={disabled}
                    aria-label={t('set.links.removeLabel', { from, to })}
                    onClick={() => void removeSetLink({ from: link.from, to: link.to })}
                    data-testid={`set-link-remove-${from}`}
                  >
                    {t('set.links.remove')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
