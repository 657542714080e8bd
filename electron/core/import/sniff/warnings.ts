/** Problems a user should resolve before importing, in words that say what to do. */
import type { DateOrderGuess, EncodingGuess } from '../../../../shared/model/import.js';

/** Below this the encoding is a guess among decodings that all look odd (see detectEncoding). */
const SURE_ENCODING = 0.5;

interface WarningFacts {
  /** The line of a quote the sample never closes (the import refuses such a file), or null. */
  openQuote: number | null;
  encoding: EncodingGuess;
  /** The user picked the encoding: no need to ask again. */
  encodingChosen: boolean;
  dateOrder: DateOrderGuess;
  /** The user picked the date order: no need to ask again. */
  dateOrderChosen: boolean;
  /** Sampled rows whose field count differs from the header's. */
  badRows: number;
  width: number;
}

export function previewWarnings(facts: WarningFacts): string[] {
  const warnings: string[] = [];
  if (facts.openQuote !== null) {
    warnings.push(
      `Line ${facts.openQuote}: a quote (") opens a field that is never closed, so the import will refuse this file. Close or remove the quote first.`,
    );
  }
  if (facts.encoding.confidence < SURE_ENCODING && !facts.encodingChosen) {
    warnings.push(
      `The file's encoding could not be recognised with confidence (read as ${facts.encoding.value}): check that the names and text in the preview read correctly; if they do not, choose another encoding or save the file as UTF-8.`,
    );
  }
  if (facts.dateOrder.basis === 'ambiguous' && !facts.dateOrderChosen) {
    warnings.push('The dates fit both day/month and month/day order: check the date order');
  }
  if (facts.badRows > 0) {
    const rows = facts.badRows === 1 ? '1 sampled row does' : `${facts.badRows} sampled rows do`;
    warnings.push(`${rows} not have ${facts.width} fields: such rows will be rejected`);
  }
  return warnings;
}
