/**
 * The report as PDF outside Electron (the CLI, browser mode): printed by a Chromium on this machine,
 * headless, from the report's HTML file. The app itself prints through Electron's own printToPDF.
 * Without a Chromium the caller gets a message saying how to get one; nothing is half-written.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { WorkbenchError } from '../../../shared/errors.js';

const run = promisify(execFile);

/** Where a Chromium or Chrome is usually found; SEGWB_CHROMIUM names another. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env.SEGWB_CHROMIUM;
  if (named) return fs.existsSync(named) ? named : null;
  return CANDIDATES.find((c) => fs.existsSync(c)) ?? null;
}

export const NO_CHROMIUM_MESSAGE =
  'Making a PDF needs Chromium or Google Chrome, and none was found. Install one (Debian/Ubuntu: "apt install chromium"), ' +
  'or set SEGWB_CHROMIUM to its program file; or save the report as HTML (--format html) and print it from a browser.';

/** Prints `html` to the PDF file `out` (written under a temporary name, then renamed). */
export async function printPdf(html: string, out: string, chromium = findChromium()): Promise<void> {
  if (!chromium) throw new WorkbenchError('INVALID_PARAMS', NO_CHROMIUM_MESSAGE);
  const folder = path.dirname(path.resolve(out));
  if (!fs.existsSync(folder)) {
    throw new WorkbenchError('FILE_NOT_FOUND', `The folder ${folder} does not exist. Choose another place to save.`, {
      file: out,
    });
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-report-'));
  const page = path.join(work, 'report.html');
  const pdf = `${out}.part`;
  try {
    fs.writeFileSync(page, html);
    await printWith(chromium, work, page, pdf);
    if (!fs.existsSync(pdf) || fs.statSync(pdf).size === 0) {
      throw new WorkbenchError(
        'INTERNAL',
        `Chromium (${chromium}) did not write the PDF. Save the report as HTML instead.`,
      );
    }
    fs.renameSync(pdf, out);
  } finally {
    fs.rmSync(pdf, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function printWith(chromium: string, work: string, page: string, pdf: string): Promise<void> {
  try {
    await run(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${path.join(work, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${path.resolve(pdf)}`,
        pathToFileURL(page).href,
      ],
      { timeout: 120_000 },
    );
  } catch (error) {
    const said = String((error as { stderr?: string }).stderr ?? (error as Error).message)
      .trim()
      .split('\n')[0];
    throw new WorkbenchError(
      'INTERNAL',
      `Chromium (${chromium}) could not print the report: ${said}. Save it as HTML instead.`,
    );
  }
}
