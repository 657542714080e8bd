/**
 * The engine's warnings and questions in the run's language: the engine sends each with a code and
 * its figures beside an English sentence (kept for --json); the human output words them from the
 * CLI's catalogs. The English catalog holds the engine's own sentences, so English output is unchanged.
 */
import type { ClvWarning } from '../../shared/contract/clv.js';
import type { RfmHistoryWarning } from '../../shared/contract/rfm.js';
import type { WorkbenchError } from '../../shared/errors.js';
import { type ErrorWording, wordingOf } from '../../shared/errorWording.js';
import { isPresetId, presetName } from '../../shared/i18n/importReasonText.js';
import { SHORT_HISTORY_DAYS } from '../core/rfm/population.js';
import { en } from './words/en.js';
import { cliLanguage, engineSentence, kindName, listSeparator, say, type WordKey } from './words/say.js';

/** RFM over too short a history: the span in days and its first and last order date. */
export function rfmHistoryText(warning: RfmHistoryWarning): string {
  return say('engine.shortHistory', {
    count: warning.span_days,
    from: warning.first_order,
    to: warning.last_order,
    minimum: SHORT_HISTORY_DAYS,
  });
}

/** A lifetime-value warning, with its figures. */
export function clvWarningText(warning: ClvWarning): string {
  const v = warning.values;
  switch (warning.code) {
    case 'few_repeat_customers':
      return say('engine.clv.few_repeat_customers', { count: v.count ?? 0, minimum: v.minimum ?? 0 });
    case 'no_convergence':
    case 'no_standard_errors':
      return say(`engine.clv.${warning.code}`, { models: listed(v.models ?? []) });
    case 'short_calibration':
      return say('engine.clv.short_calibration', {
        length: v.length ?? 0,
        horizon: v.horizon ?? 0,
        units: unitsName(v.unit ?? ''),
      });
    case 'no_spend_model':
      return say('engine.clv.no_spend_model');
    case 'spend_excluded':
      return say('engine.clv.spend_excluded', { count: v.count ?? 0 });
  }
}

/** The project already holds data of a kind the import brings: which, and from which file. */
export function alreadyHasText(error: WorkbenchError): string {
  const wording = wordingOf(error.details);
  if (wording?.key === 'already_has_data') {
    const { kind, file } = wording.values;
    return say('engine.alreadyHas', { kind: kindName(String(kind)), file: String(file) });
  }
  if (wording?.key === 'already_has_events') return say('engine.alreadyHasEvents');
  return error.message;
}

/** 'BG/NBD and Gamma-Gamma' in the run's language (at most two fits; Intl's Welsh "a(c)" reads badly). */
function listed(models: readonly string[]): string {
  return models.join(say('engine.and'));
}

function unitsName(unit: string): string {
  return unit === 'day' || unit === 'week' ? say(`engine.units.${unit}`) : `${unit}s`;
}

/**
 * An engine sentence that came with its wording (a set's refusal, a file preview's refusal or warning,
 * a refused mapping, a file the engine cannot read), in the run's language: the CLI's own words where
 * they differ from the app's (they name a flag), else the shared catalog the app words it from. English
 * prints the engine's own sentence byte for byte, as does a wording no catalog has words for.
 */
export function wordedText(english: string, wording: ErrorWording | null | undefined): string {
  if (!wording || cliLanguage() === 'en') return english;
  const values = { ...wording.values };
  if (typeof values.kind === 'string') values.kind = kindName(values.kind);
  if (isPresetId(values.preset_id)) values.preset = presetName(cliLanguage(), values.preset_id);
  // The engine lists file names with ', ' (same_kind_files); Persian and Arabic separate with '، '.
  if (typeof values.names === 'string') values.names = values.names.split(', ').join(listSeparator());
  if (Object.hasOwn(en.engine.worded, wording.key)) return say(`engine.worded.${wording.key}` as WordKey, values);
  return engineSentence(wording.key, values) ?? english;
}

/** An engine error's message in the run's language, when it carries a wording the CLI knows. */
export function errorText(message: string, details: unknown): string {
  return wordedText(message, wordingOf(details));
}
