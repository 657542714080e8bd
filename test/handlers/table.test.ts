import { describe, expect, it } from 'vitest';
import { analysisHandlers } from '../../electron/core/handlers/analysis.js';
import { changesHandlers } from '../../electron/core/handlers/changes.js';
import { clusterHandlers } from '../../electron/core/handlers/cluster.js';
import { clvHandlers } from '../../electron/core/handlers/clv.js';
import { customersHandlers } from '../../electron/core/handlers/customers.js';
import { datasetsHandlers } from '../../electron/core/handlers/datasets.js';
import { historyHandlers } from '../../electron/core/handlers/history.js';
import { importHandlers } from '../../electron/core/handlers/import.js';
import { handlers } from '../../electron/core/handlers/index.js';
import { jobHandlers } from '../../electron/core/handlers/jobs.js';
import { projectHandlers } from '../../electron/core/handlers/project.js';
import { reportHandlers } from '../../electron/core/handlers/report.js';
import { rfmHandlers } from '../../electron/core/handlers/rfm.js';
import { segmentsHandlers } from '../../electron/core/handlers/segments.js';
import { sourcesHandlers } from '../../electron/core/handlers/sources.js';
import { workshopHandlers } from '../../electron/core/handlers/workshop.js';
import { methods } from '../../shared/api.js';

const domains = [
  projectHandlers,
  importHandlers,
  datasetsHandlers,
  customersHandlers,
  segmentsHandlers,
  rfmHandlers,
  analysisHandlers,
  clusterHandlers,
  clvHandlers,
  jobHandlers,
  changesHandlers,
  workshopHandlers,
  reportHandlers,
  historyHandlers,
  sourcesHandlers,
];

describe('the handler table', () => {
  it('gives every method to exactly one domain', () => {
    const names = domains.flatMap((domain) => Object.keys(domain));
    expect(names.length).toBe(new Set(names).size);
    expect(names.sort()).toEqual(Object.keys(handlers).sort());
  });

  it('has a handler for every method of the contract and no other', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(methods).sort());
  });
});
