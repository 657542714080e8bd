/**
 * Quitting while an import or the work after one runs: the engine is stopped (the import cancelled
 * and rolled back, a new project's copy removed) before the app exits, as browser mode does on
 * SIGTERM. engine.close() alone refused while an import ran, and the exit then waited for the
 * import's worker to finish its file.
 */
import type { Engine } from '../core/engine.js';

export interface QuitSteps {
  /** Ends the app once the engine has stopped (Electron's app.exit). */
  exit: (code: number) => void;
  /**
   * Ends the process at once: an import still inside one SQLite statement after the grace would
   * hold an exit until it ends (minutes for a large file's index). Its transaction is rolled back
   * at the next open, and a new project's copy is never renamed over the project.
   */
  kill: () => void;
}

export async function stopEngineThenExit(engine: Pick<Engine, 'stop'>, steps: QuitSteps): Promise<void> {
  let ended: boolean;
  try {
    ended = await engine.stop();
  } catch {
    // Stopping failed after the imports were cancelled: nothing is left to wait for.
    ended = true;
  }
  if (ended) steps.exit(0);
  else steps.kill();
}
