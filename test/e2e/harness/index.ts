/** The e2e harness: real browser mode (child process) + real Chromium. */

export { seriousA11yViolations, WCAG_21_AA_TAGS } from './a11y.js';
export { type RunningApp, type StartAppOptions, startApp } from './app.js';
export { CHROMIUM_FLAGS, type LaunchedBrowser, launchBrowser, VIEWPORT } from './browser.js';
export { type ChromiumBinary, findChromium, HOW_TO_INSTALL } from './chromium.js';
export { dropFiles } from './dropFiles.js';
export { callEngine, canvasHasPixels } from './page.js';
export { REPO_ROOT, RESULTS_DIR, SCREENSHOTS_DIR } from './paths.js';
export { screenshot } from './screenshot.js';
export { type E2eSession, withAppInChromium } from './session.js';
