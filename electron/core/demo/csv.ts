/** CSV encoding of the demo files: RFC 4180 quoting, comma separator, LF line ends. */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  let line = csvField(fields[0] ?? '');
  for (let i = 1; i < fields.length; i++) line += `,${csvField(fields[i] ?? '')}`;
  return `${line}\n`;
}
