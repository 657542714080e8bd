/** Reading an engine call's answer in tests: the result of a success, or "CODE: message" of a failure. */
import type { CallOutcome } from '../../shared/transport.js';

export function result<T>(outcome: CallOutcome): T {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result as T;
}

export function failure(outcome: CallOutcome): string {
  if (outcome.ok) throw new Error('expected the call to fail');
  return `${outcome.error.code}: ${outcome.error.message}`;
}
