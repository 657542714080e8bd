/**
 * IPC channels used only between the main process and the preload (the contract's channels,
 * IPC_CALL and IPC_EVENT, live in shared/transport.ts). preload.cts keeps its own copy; a test
 * checks the two agree.
 */
export const SAVE_DIALOG_CHANNEL = 'segwb:save-dialog';
/** The report's HTML to print as PDF where the user chooses (save dialog, then Electron's printToPDF). */
export const REPORT_PDF_CHANNEL = 'segwb:report-pdf';
/** The page tells the main process the language it shows, so the menu follows (one-way). */
export const LANGUAGE_CHANNEL = 'segwb:language';
