/** Problems a user should resolve before importing, in words that say what to do. */
import { type ErrorWording, worded } from '../../../../shared/errorWording.js';
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

/** A warning in English (the preview's `warnings`) and its wording for the user's language. */
export interface PreviewWarning {
  text: string;
  wording: ErrorWording;
}

export function previewWarnings(facts: WarningFacts): string[] {
  return wordedPreviewWarnings(facts).map((w) => w.text);
}

export function wordedPreviewWarnings(facts: WarningFacts): PreviewWarning[] {
  const warnings: PreviewWarning[] = [];
  const warn = (text: string, wording: { wording: ErrorWording }) => warnings.push({ text, ...wording });
  if (facts.openQuote !== null) {
    warn(
      `Line ${facts.openQuote}: a quote (") opens a field that is never closed, so the import will refuse this file. Close or remove the quote first.`,
      worded('unclosed_quote', { line: facts.openQuote }),
    );
  }
  if (facts.encoding.confidence < SURE_ENCODING && !facts.encodingChosen) {
    warn(
      `The file's encoding could not be recognised with confidence (read as ${facts.encoding.value}): check that the names and text in the preview read correctly; if they do not, choose another encoding or save the file as UTF-8.`,
      worded('unsure_encoding', { encoding: facts.encoding.value }),
    );
  }
  if (facts.dateOrder.basis === 'ambiguous' && !facts.dateOrderChosen) {
    warn('The dates fit both day/month and month/day order: check the date order', worded('ambiguous_date_order'));
  }
  if (facts.badRows > 0) {
    const rows = facts.badRows === 1 ? '1 sampled row does' : `${facts.badRows} sampled rows do`;
    warn(
      `${rows} not have ${facts.width} fields: such rows will be rejected`,
      worded('rows_wrong_width', { count: facts.badRows, width: facts.width }),
    );
  }
  return warnings;
}
