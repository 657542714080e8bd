/** Small schemas shared by the contract's domain files. */
import { z } from 'zod';

export const FilePath = z.string().min(1).max(4096);
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
