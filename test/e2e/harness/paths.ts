/** Folders the e2e harness works with, found from this file's location (not the current directory). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const SCREENSHOTS_DIR = path.join(RESULTS_DIR, 'screenshots');
export const WEB_ENTRY = path.join(REPO_ROOT, 'dist', 'electron', 'web.js');
