/** The handler table: every domain's handlers merged; the HandlerTable type checks it covers the contract exactly. */
import { analysisHandlers } from './analysis.js';
import { changesHandlers } from './changes.js';
import { clusterHandlers } from './cluster.js';
import { clvHandlers } from './clv.js';
import { customersHandlers } from './customers.js';
import { datasetsHandlers } from './datasets.js';
import { historyHandlers } from './history.js';
import { importHandlers } from './import.js';
import { jobHandlers } from './jobs.js';
import { projectHandlers } from './project.js';
import { reportHandlers } from './report.js';
import { rfmHandlers } from './rfm.js';
import { segmentsHandlers } from './segments.js';
import { sourcesHandlers } from './sources.js';
import type { HandlerTable } from './types.js';
import { workshopHandlers } from './workshop.js';

/** A method belongs to exactly one domain (test/handlers/table.test.ts checks that no spread overrides another). */
export const handlers: HandlerTable = {
  ...projectHandlers,
  ...importHandlers,
  ...datasetsHandlers,
  ...customersHandlers,
  ...segmentsHandlers,
  ...rfmHandlers,
  ...analysisHandlers,
  ...clusterHandlers,
  ...clvHandlers,
  ...jobHandlers,
  ...changesHandlers,
  ...workshopHandlers,
  ...reportHandlers,
  ...historyHandlers,
  ...sourcesHandlers,
};
