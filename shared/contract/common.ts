/**
 * Scalar schemas shared by the contract's domain files and the rule model. Each is declared here
 * once, so a limit (a name's length, a date's form) is the same on every method that takes it.
 */
import { z } from 'zod';

/** A path on the user's machine (or, in browser mode, an uploaded file's handle). */
export const FilePath = z.string().min(1).max(4096);

/** A calendar day as YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** The most characters a name may have (a project, a segment, a scheme row): one limit everywhere. */
export const MAX_NAME_LENGTH = 200;

/** A name the user gives (a saved segment, a computed segment shown by name). */
export const Name = z
  .string()
  .trim()
  .min(1, 'a name cannot be empty')
  .max(MAX_NAME_LENGTH, `names can have at most ${MAX_NAME_LENGTH} characters`);

/** The id of a row the project file holds (a saved segment, a dataset). */
export const RowId = z.number().int().min(1);

/** The id a client picks for a long-running job (an import), used to cancel it and match its progress. */
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A share of a whole, 0..1. */
export const Share = z.number().min(0).max(1);
