/** The one line browser mode prints at start; scripts/start.mjs and the e2e harness read the address from it. */
export const URL_LINE_PREFIX = 'Segment Workbench (browser mode): ';

export function formatUrlLine(url: string): string {
  return `${URL_LINE_PREFIX}${url}`;
}

/** The address from a line of output, or null when the line is something else. */
export function parseUrlLine(line: string): string | null {
  const at = line.indexOf(URL_LINE_PREFIX);
  if (at === -1) return null;
  const url = line.slice(at + URL_LINE_PREFIX.length).trim();
  return /^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_.~%-]+$/.test(url) ? url : null;
}
