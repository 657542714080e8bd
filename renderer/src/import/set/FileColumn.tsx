/** A key column shown as its file on one line and its header under it, each isolated (file names keep their own order). */

export function FileColumnCell({ file, column }: { file: string; column: string }): React.JSX.Element {
  return (
    <>
      <bdi className="file-column-file">{file}</bdi>
      <bdi className="file-column-column">{column}</bdi>
    </>
  );
}

/** Splits the report's "file.column" by the file names of the set (names hold dots themselves). */
export function splitFileColumn(text: string, files: readonly string[]): { file: string; column: string } {
  const file = files.find((f) => text.startsWith(`${f}.`));
  return file ? { file, column: text.slice(file.length + 1) } : { file: text, column: '' };
}

/** A long key (a hash, an id) cut to its start, the full value kept for a tooltip and screen readers. */
export function ShortKey({ value }: { value: string }): React.JSX.Element {
  const short = value.length > 14 ? `${value.slice(0, 13)}…` : value;
  return (
    <span className="set-example" title={value}>
      <bdi aria-hidden="true">{short}</bdi>
      <span className="visually-hidden">{value}</span>
    </span>
  );
}
