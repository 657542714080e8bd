/**
 * `npm run web`: Segment Workbench in a browser. Prints the address (with its per-run token)
 * and serves until Ctrl+C / SIGTERM.
 */
import { startBrowserMode } from './web/startBrowserMode.js';
import { formatUrlLine } from './web/urlLine.js';

async function main(): Promise<void> {
  const app = await startBrowserMode();
  process.stdout.write(`${formatUrlLine(app.url)}\n`);
  process.stdout.write('Open this address in a browser (it only works on this computer). Press Ctrl+C to stop.\n');
  const stop = (): void => {
    app.close().then(
      (ended) => {
        if (ended) process.exit(0);
        // process.exit() would wait for the import's statement to end; its transaction is rolled back.
        process.stderr.write('An import was still writing: stopped without it; the project is as before the import.\n');
        process.kill(process.pid, 'SIGKILL');
      },
      (error: unknown) => {
        process.stderr.write(`Stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Segment Workbench could not start browser mode: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
