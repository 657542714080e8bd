/** Add a link (or change one: a new link replaces the one between the same two files): file and column on both sides. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetFilePreview } from '../../../../shared/model/importSet.js';
import { useStore } from '../../store/index.js';

export function AddLinkForm({ files, disabled }: { files: SetFilePreview[]; disabled: boolean }): React.JSX.Element {
  const { t } = useTranslation();
  const addSetLink = useStore((s) => s.addSetLink);
  const [fromFile, setFromFile] = useState(files[0]?.name ?? '');
  const [toFile, setToFile] = useState(files[1]?.name ?? '');
  const [fromColumn, setFromColumn] = useState('');
  const [toColumn, setToColumn] = useState('');
  const headersOf = (name: string) => files.find((f) => f.name === name)?.preview.headers ?? [];
  // A column no longer in the chosen file (another file was picked) falls back to that file's first.
  const fromCol = headersOf(fromFile).includes(fromColumn) ? fromColumn : (headersOf(fromFile)[0] ?? '');
  const toCol = headersOf(toFile).includes(toColumn) ? toColumn : (headersOf(toFile)[0] ?? '');
  const sameFile = fromFile === toFile;

  const fileSelect = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value)}
        data-testid={id}
      >
        {files.map((f) => (
          <option key={f.name} value={f.name}>
            {f.name}
          </option>
        ))}
      </select>
    </div>
  );
  const columnSelect = (id: string, label: string, file: string, value: string, onChange: (v: string) => void) => (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value)}
        data-testid={id}
      >
        {headersOf(file).map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      className="add-link"
      aria-labelledby="add-link-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (sameFile || !fromCol || !toCol) return;
        void addSetLink({ from: { file: fromFile, column: fromCol }, to: { file: toFile, column: toCol } });
      }}
    >
      <h4 id="add-link-title" className="report-subtitle">
        {t('set.addLink.title')}
      </h4>
      <p className="muted">{t('set.addLink.hint')}</p>
      <div className="add-link-fields">
        {fileSelect('link-from-file', t('set.addLink.fromFile'), fromFile, setFromFile)}
        {columnSelect('link-from-column', t('set.addLink.fromColumn'), fromFile, fromCol, setFromColumn)}
        {fileSelect('link-to-file', t('set.addLink.toFile'), toFile, setToFile)}
        {columnSelect('link-to-column', t('set.addLink.toColumn'), toFile, toCol, setToColumn)}
        <button type="submit" className="btn" disabled={disabled || sameFile} data-testid="link-add">
          {t('set.addLink.add')}
        </button>
      </div>
      {sameFile && (
        <p className="setting-hint" role="status">
          {t('set.addLink.sameFile')}
        </p>
      )}
    </form>
  );
}
