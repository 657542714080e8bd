/**
 * How long a name the user types is, against the one limit the engine applies (the contract's
 * MAX_NAME_LENGTH). Name boxes carry no maxLength: the browser would cut a pasted name without a
 * word. Instead the whole text is kept, a counter shows near the limit, and saving is refused.
 */
import { MAX_NAME_LENGTH } from '../../../shared/contract/common.js';

export { MAX_NAME_LENGTH };

/** From this length the name box shows how many characters it holds. */
export const NAME_COUNTER_FROM = 150;

export interface NameLength {
  /** Characters of the name as it will be saved (without surrounding spaces). */
  length: number;
  tooLong: boolean;
  showCounter: boolean;
}

export function nameLength(name: string): NameLength {
  const length = name.trim().length;
  return { length, tooLong: length > MAX_NAME_LENGTH, showCounter: length >= NAME_COUNTER_FROM };
}
