/** Names for projects created from an imported file: "Online Retail.csv" → "Online Retail", then "Online Retail (2)". */

/** Characters no file system accepts in a name are replaced so the name is also a valid file name. */
export function projectNameFromFile(fileName: string): string {
  const base = fileName.replace(/\.(csv|tsv|txt|xlsx)$/i, '');
  const cleaned = withoutControlCharacters(base)
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cleaned || 'Imported data';
}

/** The n-th candidate name: the name itself first, then "name (2)", "name (3)"… */
export function numberedName(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base} (${attempt})`;
}

function withoutControlCharacters(text: string): string {
  return Array.from(text, (ch) => ((ch.codePointAt(0) ?? 0) < 0x20 ? '-' : ch)).join('');
}

/** The first numbered name not among the taken ones (compared case-insensitively, as file systems may). */
export function firstFreeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let attempt = 1; ; attempt++) {
    const name = numberedName(base, attempt);
    if (!lower.has(name.toLowerCase())) return name;
  }
}
