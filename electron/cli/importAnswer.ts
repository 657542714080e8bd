/** What segwb import does when the project already holds data of a kind the files bring. */
import { WorkbenchError } from '../../shared/errors.js';
import { UsageError } from './args.js';
import { alreadyHasText } from './engineWords.js';
import { say } from './words/say.js';

/**
 * The command did not say whether to replace that data or add to it: exit 2 (the command needs
 * another flag), the project unchanged.
 */
export function needsAnswer(error: unknown): never {
  if (error instanceof WorkbenchError && error.code === 'NEEDS_CONFIRMATION') {
    throw new UsageError(say('common.needsAnswer', { message: alreadyHasText(error) }), false);
  }
  throw error;
}
