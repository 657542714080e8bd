/**
 * How much young-generation heap the import's threads may use. V8 gives every thread two
 * semi-spaces of up to 16 MB (48 MB of young generation) and keeps them once grown, so each
 * thread holds 32 MB of mostly dead objects for the rest of the import: at 1M lines the parse and
 * insert threads held 48 MB of the process's ~268 MB peak this way (v8.getHeapSpaceStatistics).
 * Only the young generation is limited: the old generation keeps V8's default, so a file that
 * needs a large heap (a long reject log, long text values) still imports.
 */
import type { ResourceLimits } from 'node:worker_threads';

/**
 * The parse thread: 8 MB semi-spaces. Smaller ones cost more: with 4 MB a scavenge came every
 * megabyte or so of parsing, the rows in hand survived two and were promoted (386 MB promoted
 * at 1M lines instead of 10), so the old generation grew by as much as the young one saved.
 */
export const PARSE_THREAD_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24 };

/**
 * The insert thread: 2 MB semi-spaces. It allocates little (a batch's strings as they are bound
 * to the statements), so a scavenge finds almost everything dead.
 */
export const INSERT_THREAD_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 6 };
