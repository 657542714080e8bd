/** The encoding picker's options: the detected one, then the plausible candidates, then every other encoding. */
import type { EncodingGuess } from '../../../shared/model/import.js';
import { Encoding } from '../../../shared/model/import.js';

export interface EncodingChoice {
  value: Encoding;
  group: 'detected' | 'candidate' | 'other';
}

export function encodingChoices(guess: EncodingGuess): EncodingChoice[] {
  const seen = new Set<Encoding>([guess.value]);
  const choices: EncodingChoice[] = [{ value: guess.value, group: 'detected' }];
  for (const candidate of guess.candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    choices.push({ value: candidate, group: 'candidate' });
  }
  for (const other of Encoding.options) {
    if (!seen.has(other)) choices.push({ value: other, group: 'other' });
  }
  return choices;
}
